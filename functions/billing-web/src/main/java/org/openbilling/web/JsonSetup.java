package org.openbilling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.StringValue;
import org.openbilling.dynamodb.InstantJson;

/** The wire form of domain values: ids, NPIs and codes as plain strings, money as a two-decimal string. */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Last, after Quarkus's own customizer has registered its modules (JavaTimeModule among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Applies the wire conventions to any mapper (the apps' and the tests'). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("billing-wire");
        module.addSerializer(StringValue.class, new JsonSerializer<>() {
            @Override
            public void serialize(StringValue value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.value());
            }
        });
        module.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        // after JavaTimeModule: of two readers of one type, Jackson uses the one registered last
        return mapper.registerModule(module).registerModule(InstantJson.module())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // 1.5 for a whole number (units, a version, a line number) is an error, never quietly 1
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
