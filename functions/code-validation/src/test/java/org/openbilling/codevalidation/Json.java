package org.openbilling.codevalidation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openbilling.web.JsonSetup;

/** Request bodies from fixtures, written the way clients write them. */
final class Json {
    static final ObjectMapper MAPPER = JsonSetup.configure(new ObjectMapper().findAndRegisterModules());

    private Json() {
    }

    static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
