package io.sable.samples.flights.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.sable.samples.flights.model.Airport;
import io.sable.samples.flights.model.Flight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sample's data files, parsed into entities. */
public final class FlightData {

  /** The departure format of {@code flights-20k.json}, such as {@code 2001/01/13 14:56}. */
  private static final DateTimeFormatter DEPARTURE = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

  private FlightData() {}

  /**
   * The 20,000 flights of {@code flights-20k.json}, each with its 0-based position as {@code id}.
   *
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if a record lacks a field
   */
  public static List<Flight> flights() {
    List<Flight> flights = new ArrayList<>(20_000);
    try (InputStream in = resource("flights-20k.json");
        JsonParser parser = new JsonFactory().createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_ARRAY);
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String date = null;
        String origin = null;
        String destination = null;
        Integer delay = null;
        Integer distance = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "date" -> date = parser.getText();
            case "origin" -> origin = parser.getText();
            case "destination" -> destination = parser.getText();
            case "delay" -> delay = parser.getIntValue();
            case "distance" -> distance = parser.getIntValue();
            default -> parser.skipChildren();
          }
        }
        int id = flights.size();
        if (date == null || origin == null || destination == null || delay == null || distance == null) {
          throw new IllegalStateException("Flight record " + id + " of flights-20k.json lacks a field");
        }
        flights.add(new Flight(origin, LocalDateTime.parse(date, DEPARTURE), id, destination, delay, distance));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read flights-20k.json", e);
    }
    return flights;
  }

  /**
   * The airports of {@code airports.csv}; an empty state becomes null.
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<Airport> airports() {
    List<Airport> airports = new ArrayList<>(3_400);
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    try (InputStream in = resource("airports.csv");
        MappingIterator<Map<String, String>> rows =
            new CsvMapper().readerForMapOf(String.class).with(header).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        airports.add(new Airport(
            row.get("iata"),
            row.get("name"),
            row.get("city"),
            emptyToNull(row.get("state")),
            row.get("country"),
            Double.parseDouble(row.get("latitude")),
            Double.parseDouble(row.get("longitude"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read airports.csv", e);
    }
    return airports;
  }

  private static InputStream resource(String name) {
    InputStream in = FlightData.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Resource " + name + " is missing from the classpath"));
    }
    return in;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("Expected " + expected + " but found " + actual);
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
