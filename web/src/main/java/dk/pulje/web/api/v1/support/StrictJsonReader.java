package dk.pulje.web.api.v1.support;

import dk.pulje.web.api.ApiLanguage;
import dk.pulje.web.api.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Reads the write bodies of API v1 (records marked {@link StrictJson}) through JSON-P and {@link RecordBinder}: a body
 * over 1 MB is 413, one that is not JSON 400 ("not valid JSON", never the parser's message, which quotes the input),
 * unknown fields and wrong types 400 naming each field. Every message in the client's language.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    @Context
    private HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.isAnnotationPresent(StrictJson.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Locale locale = ApiLanguage.of(headers);
        return RecordBinder.bind((Class) type, parse(entityStream, locale), locale);
    }

    /** The body as a JSON value: 413 past the limit, 400 when it is not JSON. */
    public static JsonValue parse(InputStream in, Locale locale) throws IOException {
        byte[] body = BodyLimit.read(in, locale);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            throw new ProblemException(Problem.of(400).detail(RecordBinder.message("api.body.malformed", locale)));
        }
    }
}
