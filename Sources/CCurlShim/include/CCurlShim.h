#ifndef STATUSMARK_CURL_SHIM_H
#define STATUSMARK_CURL_SHIM_H

#include <stddef.h>

/// One message for one SMTP server: what `statusmark_smtp_send` hands to libcurl.
struct statusmark_smtp_request {
    /// `smtp://host:port`: the connection starts in plain text and must be upgraded with STARTTLS.
    const char *url;
    /// NULL for a server that takes mail without authentication.
    const char *username;
    const char *password;
    /// The envelope sender, such as `<status@example.com>`.
    const char *mail_from;
    /// The envelope recipients, each such as `<a@example.com>`.
    const char *const *recipients;
    size_t recipient_count;
    /// The whole message: header lines, a blank line and the body, with CRLF line ends.
    const char *message;
    size_t message_length;
    /// A PEM file of the authorities to trust instead of the system's; NULL for the system's.
    const char *ca_file;
    /// How long the whole transfer may take.
    long timeout_ms;
};

/// What a transfer ended with.
struct statusmark_smtp_result {
    /// libcurl's result code (0 when the message was accepted); -1 when libcurl could not be loaded.
    int code;
    /// The server's last reply code (such as 250, 421 or 535), 0 when there was none.
    long reply;
    /// libcurl's explanation, or why it could not be loaded.
    char message[512];
};

/// Sends one message over SMTP with STARTTLS required, loading libcurl on the first call.
struct statusmark_smtp_result statusmark_smtp_send(const struct statusmark_smtp_request *request);

/// libcurl's result codes the caller tells apart.
enum {
    statusmark_curl_unavailable = -1,
    statusmark_curl_login_denied = 67,
    statusmark_curl_tls_required = 64,
};

#endif
