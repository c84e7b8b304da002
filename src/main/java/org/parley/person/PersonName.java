package org.parley.person;

import java.util.UUID;

record PersonName(UUID id, String name) {
}
