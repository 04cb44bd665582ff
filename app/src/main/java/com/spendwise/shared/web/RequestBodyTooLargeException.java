package com.spendwise.shared.web;

import java.io.IOException;

/** Thrown while reading a body that exceeds the limit without announcing its length. */
class RequestBodyTooLargeException extends IOException {

  RequestBodyTooLargeException(long limit) {
    super("Request body exceeds " + limit + " bytes");
  }
}
