package com.leadbench.store;

/** A database operation failed after the database was open; the message says which. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
