package org.parley.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.domain.RowSink;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A list written whole as CSV (RFC 4180: a header row, fields quoted when they hold a comma, quote or
 * line break, lines ending CRLF) or as NDJSON (one JSON object a line, keyed by the same columns), in
 * UTF-8, straight to the response as the rows arrive. Several values of one column are joined with
 * {@code "; "} in CSV and are an array in NDJSON. Nothing is sent before the first row is ready, so a
 * failure before it is still answered as a problem.
 */
public final class Export implements RowSink {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    /** Rows written between two flushes, so that a client sees an export arrive while it is read. */
    private static final int FLUSH_EVERY = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MediaType format;

    private final HttpServletResponse response;

    private final String fileName;

    private final List<String> columns;

    private Writer out;

    private int unflushed;

    Export(MediaType format, HttpServletResponse response, String fileName, List<String> columns) {
        this.format = format;
        this.response = response;
        this.fileName = fileName;
        this.columns = columns;
    }

    @Override
    public void columns(List<String> names) {
        if (!names.equals(columns)) {
            throw new IllegalStateException("The export of " + fileName + " writes columns " + names + ", not the documented " + columns);
        }
    }

    @Override
    public void row(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalStateException("A row of " + values.size() + " values for " + columns.size() + " columns");
        }
        try {
            if (out == null) {
                open();
            }
            if (format.equals(NDJSON)) {
                Map<String, Object> line = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    line.put(columns.get(i), value instanceof Collection<?> many ? many.stream().map(Export::text).toList()
                        : value instanceof Boolean || value instanceof Number ? value : text(value));
                }
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
            else {
                out.write(csvLine(values));
            }
            if (++unflushed == FLUSH_EVERY) {
                out.flush();
                unflushed = 0;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Has {@code rows} write the export, then sends what is left (and the header row of an export that found
     * nothing). Returns null, the body of a handler whose response is already written.
     */
    public <T> T send(Consumer<RowSink> rows) {
        rows.accept(this);
        try {
            if (out == null) {
                open();
            }
            out.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return null;
    }

    private void open() throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.equals(NDJSON) ? NDJSON.toString() : CSV + "; header=present");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName + (format.equals(NDJSON) ? ".ndjson" : ".csv")).build().toString());
        out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (format.equals(CSV)) {
            out.write(csvLine(columns));
        }
    }

    static String csvLine(List<?> values) {
        return values.stream().map(value -> value instanceof Collection<?> many
                ? many.stream().map(Export::text).collect(Collectors.joining("; ")) : text(value))
            .map(Export::csvField).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
