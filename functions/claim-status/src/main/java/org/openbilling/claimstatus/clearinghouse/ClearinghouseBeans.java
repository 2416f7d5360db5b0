package org.openbilling.claimstatus.clearinghouse;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import org.openbilling.clearinghouse.archive.FileArchive;
import org.openbilling.clearinghouse.archive.S3FileArchive;
import org.openbilling.clearinghouse.secrets.FileSecretStore;
import org.openbilling.clearinghouse.secrets.SecretStore;
import org.openbilling.clearinghouse.secrets.SecretsManagerSecretStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The archive and the secret store, built once from {@link ClearinghouseConfig}, lazily (an app that never touches
 * a clearinghouse never builds an S3 client). Locally the S3 client talks to s3rver with path-style addresses and
 * the checksums S3 itself requires only.
 */
@ApplicationScoped
public class ClearinghouseBeans {
    @Produces
    @ApplicationScoped
    @DefaultBean
    public SecretStore secretStore(ClearinghouseConfig config) {
        ClearinghouseConfig.Secrets s = config.secrets();
        if ("secrets-manager".equals(s.store())) {
            SecretsManagerClient client = SecretsManagerClient.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
            return new SecretsManagerSecretStore(client, s.prefix(), s.kmsKeyId());
        }
        return new FileSecretStore(Path.of(s.dir()).toAbsolutePath());
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    public FileArchive archive(ClearinghouseConfig config) {
        ClearinghouseConfig.Archive a = config.archive();
        Region region = Region.of(a.region());
        AwsCredentialsProvider credentials = a.endpoint().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER"))
                : DefaultCredentialsProvider.builder().build();
        // s3rver: path-style addresses, and plain bodies (it would store aws-chunked framing as the object's bytes)
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(a.endpoint().isPresent())
                .chunkedEncodingEnabled(a.endpoint().isEmpty()).build();
        var builder = S3Client.builder().region(region).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).serviceConfiguration(pathStyle);
        var presigner = S3Presigner.builder().region(region).credentialsProvider(credentials)
                .serviceConfiguration(pathStyle);
        if (a.endpoint().isPresent()) {
            URI endpoint = URI.create(a.endpoint().get());
            // s3rver speaks the S3 API of before 2025: no default CRC checksums, no aws-chunked trailers
            builder.endpointOverride(endpoint).requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            presigner.endpointOverride(endpoint);
        }
        S3Client s3 = builder.build();
        if (a.createBucket()) {
            try {
                s3.headBucket(r -> r.bucket(a.bucket()));
            } catch (software.amazon.awssdk.services.s3.model.NoSuchBucketException e) {
                s3.createBucket(r -> r.bucket(a.bucket()));
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(r -> r.bucket(a.bucket()));
            }
        }
        return new S3FileArchive(s3, presigner.build(), a.bucket(), a.kmsKeyId());
    }

}
