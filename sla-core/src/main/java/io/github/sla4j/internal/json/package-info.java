/**
 * The sla4j JSON format's rules, free of any JSON library: reading and writing a neutral tree of
 * maps, lists, strings, numbers and booleans, with the format's strictness and messages. Shared by
 * the Jackson 2 and Jackson 3 bindings; exported only to them; no compatibility promises.
 */
@NullMarked
package io.github.sla4j.internal.json;

import org.jspecify.annotations.NullMarked;
