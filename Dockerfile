# Build: the production jar, on Vaadin's pre-compiled frontend bundle (no npm involved), split into Spring Boot's
# layers so that a code change ships only the small application layer.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/comptoir-*.jar /comptoir.jar \
    && java -Djarmode=tools -jar /comptoir.jar extract --layers --destination /layers

# Run: a JRE, an unprivileged user, nothing else. Layers from the least to the most often changed.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 comptoir
USER comptoir
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# 8080: the application, behind the proxy; 9090: health and metrics, on the internal network only
EXPOSE 8080 9090
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/comptoir.jar"]
