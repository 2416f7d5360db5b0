package org.openbilling.clearinghouse.archive;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The archive in an S3 bucket. In AWS the bucket (from the stack) has versioning, Object Lock with a default
 * retention and default encryption with the platform's customer key; each object is also written with that key
 * ({@code kmsKeyId}) so that a bucket misconfigured later still gets encrypted files. The file is streamed from
 * disk, never held in memory, and its SHA-256 travels as metadata to make a second store a no-op.
 */
public final class S3FileArchive implements FileArchive {
    static final String SHA256_META = "sha256";
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Optional<String> kmsKeyId;

    public S3FileArchive(S3Client s3, S3Presigner presigner, String bucket, Optional<String> kmsKeyId) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.kmsKeyId = kmsKeyId.filter(k -> !k.isBlank());
    }

    @Override
    public void put(String key, Path file, String sha256Hex) {
        if (holds(key, sha256Hex)) {
            return;
        }
        PutObjectRequest.Builder req = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType("application/edi-x12").metadata(Map.of(SHA256_META, sha256Hex));
        kmsKeyId.ifPresent(k -> req.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(k).bucketKeyEnabled(true));
        s3.putObject(req.build(), RequestBody.fromFile(file));
    }

    @Override
    public boolean holds(String key, String sha256Hex) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            return sha256Hex.equals(head.metadata().get(SHA256_META));
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public URI downloadUrl(String key, String fileName, Duration validFor) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            return presigner.presignGetObject(p -> p.signatureDuration(validFor).getObjectRequest(g -> g.bucket(bucket)
                    .key(key).responseContentDisposition("attachment; filename=\"" + safeName + "\"")))
                    .url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
