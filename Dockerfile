# Build: the production jar, on Vaadin's pre-compiled frontend bundle (no npm involved).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/comptoir-*.jar /comptoir.jar

# Run: a JRE, an unprivileged user, nothing else.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 comptoir
USER comptoir
WORKDIR /app
COPY --from=build /comptoir.jar /app/comptoir.jar
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/comptoir.jar"]
