# Builds Lifecase from this repository and runs the production jar; see docker-compose.yml. The jar holds the product
# only: the simulators, the test ID-porten and the demo users stay in src/simulators, for the tests (ADR 0041).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends maven && rm -rf /var/lib/apt/lists/* \
    && ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system lifecase
COPY --from=build /src/target/lifecase-*.jar /app/lifecase.jar
USER lifecase
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/lifecase.jar"]
