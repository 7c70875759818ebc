# The AWS Batch (Fargate) image: the same MlOps.Functions program the Lambda functions run.
# The job definition's command is `MlOps.Functions --batch <handler>`; the step reads its envelope from
# MLOPS_ENVELOPE and writes the result envelope to s3://$DATA_BUCKET/$MLOPS_OUTPUT_KEY.
# Build: docker build -t mlops-batch . ; push to ECR; pass the URI as the BatchImageUri parameter.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props nuget.config ./
COPY functions/ functions/
RUN dotnet publish functions/MlOps.Functions/MlOps.Functions.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
# LightGBM (an ML.NET trainer) needs OpenMP.
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN ln -s /app/MlOps.Functions /usr/local/bin/MlOps.Functions
USER 1000:1000
ENTRYPOINT []
CMD ["MlOps.Functions", "--help"]
