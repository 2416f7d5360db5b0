package org.openbilling.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * A version number as a JSON integer only: Jackson would otherwise truncate {@code 1.5} to 1 and read
 * {@code "1"} as 1, quietly acting on a version the client never sent. Anything else is 400 malformed-json.
 */
public class WholeNumber extends JsonDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Long) ctxt.handleUnexpectedToken(Long.class, p);
        }
        return p.getLongValue();
    }
}
