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
 && java -Djarmode=tools -jar app/target/spendwise-app-*[0-9T].jar extract --layers --launcher \
      --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system spendwise && useradd --system --gid spendwise --home-dir /app spendwise
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
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
