package com.spendwise.infra;

import java.util.List;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * A VPC over two Availability Zones with three tiers per AZ: public subnets (load balancer),
 * private application subnets with a route out through NAT (service tasks, bastion), and isolated
 * data subnets without any route to the internet (the database).
 */
public final class Network extends Construct {

  public static final SubnetSelection APPLICATION =
      SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
  public static final SubnetSelection DATA =
      SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();

  private final Vpc vpc;

  public Network(Construct scope, String id, Environment env) {
    super(scope, id);
    vpc =
        Vpc.Builder.create(this, "Vpc")
            .ipAddresses(IpAddresses.cidr(env.vpcCidr()))
            .maxAzs(2)
            .natGateways(env.natGateways())
            .subnetConfiguration(
                List.of(
                    subnet("public", SubnetType.PUBLIC, 24),
                    subnet("application", SubnetType.PRIVATE_WITH_EGRESS, 22),
                    subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
            .build();
  }

  public Vpc vpc() {
    return vpc;
  }

  private static SubnetConfiguration subnet(String name, SubnetType type, int mask) {
    return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(mask).build();
  }
}
