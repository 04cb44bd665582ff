package com.spendwise.shared;

/**
 * One invalid field of a request: its JSON path (or query parameter name), a stable code and a
 * readable message.
 */
public record FieldProblem(String field, String code, String message) {}
