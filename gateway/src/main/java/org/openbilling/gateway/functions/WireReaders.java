package org.openbilling.gateway.functions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.Deserializers;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.StringValue;

/**
 * The inverse of the functions' wire form ({@code org.openbilling.web.JsonSetup}): ids, NPIs and codes read from
 * plain strings, money from a decimal string. With it the gateway reads a function's answer (a {@code Claim},
 * {@code Encounter}, {@code Invoice}) straight into the domain record, the same one a DynamoDB read would give.
 */
final class WireReaders {
    private WireReaders() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("billing-wire-readers") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new StringValues());
            }
        };
        module.addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return Money.of(p.getValueAsString());
                } catch (InvalidValueException e) {
                    return (Money) ctxt.handleWeirdStringValue(Money.class, p.getText(), e.getMessage());
                }
            }
        });
        return module;
    }

    /** Any {@link StringValue} record, built with its one-string constructor (which checks the value). */
    private static final class StringValues extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
            Class<?> raw = type.getRawClass();
            if (!StringValue.class.isAssignableFrom(raw) || raw.isInterface()) {
                return null;
            }
            MethodHandle constructor;
            try {
                constructor = MethodHandles.publicLookup().findConstructor(raw, MethodType.methodType(void.class, String.class));
            } catch (ReflectiveOperationException e) {
                return null;
            }
            return new JsonDeserializer<Object>() {
                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        return ctxt.handleUnexpectedToken(raw, p);
                    }
                    try {
                        return constructor.invoke(p.getText());
                    } catch (InvalidValueException e) {
                        return ctxt.handleWeirdStringValue(raw, p.getText(), e.getMessage());
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }
}
