# SpendWise service image: built by `cdk deploy` (infra/) or by hand with `docker build .`
# Stage 1 builds the jar with the project's own Maven wrapper; stage 2 runs it on a JRE as a
# non-root user, with the jar split into layers so that a code change rebuilds only the last one.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY app/pom.xml app/pom.xml
# The reactor lists infra/; only its POM is needed to build the service.
COPY infra/pom.xml infra/pom.xml
RUN ./mvnw -B -q -pl app -am dependency:go-offline || true
COPY app/src app/src
RUN ./mvnw -B -q -pl app -am package -DskipTests \
 && java -Djarmode=tools -jar app/target/spendwise-app-*[0-9T].jar extract --layers \
      --application-filename spendwise.jar --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system spendwise && useradd --system --gid spendwise --home-dir /app spendwise \
 && mkdir /app && chown spendwise:spendwise /app
WORKDIR /app
# Amazon RDS certificate authorities, so the JDBC driver can verify the server (verify-full).
ADD --chmod=0644 https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /app/rds-ca.pem
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER spendwise
ENV SPENDWISE_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Class-data sharing: a training run starts the service once (on a throw-away embedded database),
# stops as soon as the application context is refreshed, and leaves the classes it loaded in
# app.jsa; every start then maps them instead of reading and verifying each class again (see
# bench/startup.sh, CDS=1). The extracted jar (lib/ beside it, not nested) is what makes the
# classes archivable. The archive works on the JDK that wrote it, which is this image's.
RUN SPENDWISE_EMBEDDED_DB_DIR=/tmp/training-db SPENDWISE_SCHEDULER_ENABLED=false \
    java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar spendwise.jar \
 && rm -rf /tmp/training-db
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "spendwise.jar"]
