package io.sable.processor.behaviour;

import io.sable.annotations.Document;
import java.util.Optional;

@Document
record Address(String street, String city, Optional<String> postcode) {}
