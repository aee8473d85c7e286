package cn.edu.hust.tjmc.site.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a data file onto the records of this package by name: a record's components are the
 * YAML keys in camel case ({@code short_name} is {@code shortName}), an optional key is an
 * {@code Optional} or a list that may be empty. Adding a field to a data file is adding it to its
 * schema and its record; nothing here names a field.
 *
 * <p>The JSON Schema has reported every mistake by the time a record is used, but the
 * cross-file checks also run on a file with schema mistakes (an editor sees every mistake in one
 * build), so binding never fails: a value of the wrong type becomes null (an empty
 * {@code Optional}, an empty list), and an entry that is not a group of fields becomes a null
 * entry, keeping every other entry at its index, so that {@code "/events/" + i} still points at it.
 * Texts are stripped, as editors cannot see a trailing space.
 */
public final class YamlBinding {

    /** The JSON pointer of the value being bound, for the records that keep positions ({@link PhotoUse}). */
    private static final String BASE = "base";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new SimpleModule("tjmc-data")
                    .addDeserializer(String.class, new StrippedText())
                    .addDeserializer(EventDate.class, new EventDates())
                    .addDeserializer(PhotoUse.class, new PhotoUses()))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // the schema reports unknown keys, with the likeliest intended one
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addHandler(new Lenient());

    private YamlBinding() {
    }

    /** The value under {@code pointer} (JSON Pointer syntax, "" for the whole file) as a {@code type}; null if it is none. */
    public static <T> T read(YamlFile file, String pointer, Class<T> type) {
        return bind(file, file.tree().at(pointer), pointer, type);
    }

    /**
     * The list under {@code pointer}, each entry as a {@code type} at its index: null where an
     * entry is not one (the schema reports it). Empty when there is no list.
     */
    public static <T> List<T> list(YamlFile file, String pointer, Class<T> type) {
        List<T> entries = new ArrayList<>();
        JsonNode list = file.tree().at(pointer);
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            entries.add(bind(file, list.get(i), pointer + "/" + i, type));
        }
        return entries;
    }

    private static <T> T bind(YamlFile file, JsonNode node, String pointer, Class<T> type) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        ObjectReader reader = JSON.readerFor(type).withAttribute(YamlFile.class, file).withAttribute(BASE, pointer);
        try {
            return reader.readValue(node);
        } catch (IOException e) {
            // Lenient answers every mistake of the data; this is one in a record's declaration
            throw new IllegalStateException(type.getSimpleName() + " cannot be bound from YAML: " + e.getMessage(), e);
        }
    }

    /** Where the parser is, as a JSON pointer into the file: the base the value was read from, and the path in it. */
    private static String pointer(JsonParser parser, DeserializationContext context) {
        String inValue = parser.getParsingContext().pathAsPointer().toString();
        return context.getAttribute(BASE) + inValue;
    }

    /** Whatever does not fit its record becomes null; the schema has said what it expected. */
    private static final class Lenient extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                            JsonParser parser, String message) throws IOException {
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                             String message) {
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                             String message) {
            return null;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext context, Class<?> instanceClass,
                                                 Object argument, Throwable cause) {
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> instanceClass,
                                                ValueInstantiator instantiator, JsonParser parser, String message)
                throws IOException {
            parser.skipChildren();
            return null;
        }
    }

    private static final class StrippedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            return text == null ? null : text.strip();
        }
    }

    /** "2016" or "2017-05-19", written as a number or a text; null if it is neither (the schema or the timeline's check says so). */
    private static final class EventDates extends JsonDeserializer<EventDate> {
        @Override
        public EventDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                parser.skipChildren();
                return null;
            }
            try {
                return EventDate.parse(parser.getValueAsString());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** A {@code photo:} group: the file it names, with the positions of its file and alt text for messages. */
    private static final class PhotoUses extends JsonDeserializer<PhotoUse> {
        @Override
        public PhotoUse deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String at = pointer(parser, context);
            JsonNode photo = parser.readValueAsTree();
            String name = text(photo, "file");
            if (name == null) {
                return null; // the schema reports it
            }
            YamlFile file = (YamlFile) context.getAttribute(YamlFile.class);
            return new PhotoUse(file.displayPath(), file.position(at + "/file"), file.position(at + "/alt"),
                    YamlFile.fieldName(at), name, text(photo, "alt"), Optional.ofNullable(text(photo, "caption")),
                    Optional.ofNullable(text(photo, "credit")), Optional.ofNullable(text(photo, "focus")));
        }

        private static String text(JsonNode group, String key) {
            JsonNode value = group.get(key);
            return value == null || value.isNull() || value.isContainerNode() ? null : value.asText().strip();
        }
    }
}
