// Sends one SMTP message through libcurl, which is loaded with dlopen on first use: the release binary then runs
// on a machine without libcurl for everything but email. The header gives the types and option values; every
// call goes through a pointer found with dlsym.

#include "CCurlShim.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct curl_api {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
};

static struct curl_api api;
static char load_error[256];
static int loaded;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
#if defined(__APPLE__)
    static const char *const names[] = {"libcurl.4.dylib", "libcurl.dylib"};
#else
    static const char *const names[] = {"libcurl.so.4", "libcurl.so"};
#endif
    void *library = NULL;
    // The first name's error is the one to report: it is the library a system installs.
    char first_error[192] = {0};
    for (size_t index = 0; index < sizeof names / sizeof names[0] && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
        const char *error = library == NULL ? dlerror() : NULL;
        if (index == 0 && error != NULL) snprintf(first_error, sizeof first_error, "%s", error);
    }
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "libcurl is not installed (%s)", first_error);
        return;
    }
#define FIND(field, symbol)                                                                                         \
    do {                                                                                                            \
        *(void **)(&api.field) = dlsym(library, symbol);                                                            \
        if (api.field == NULL) {                                                                                    \
            snprintf(load_error, sizeof load_error, "libcurl has no %s", symbol);                                   \
            return;                                                                                                 \
        }                                                                                                           \
    } while (0)
    FIND(global_init, "curl_global_init");
    FIND(easy_init, "curl_easy_init");
    FIND(easy_setopt, "curl_easy_setopt");
    FIND(easy_perform, "curl_easy_perform");
    FIND(easy_getinfo, "curl_easy_getinfo");
    FIND(easy_cleanup, "curl_easy_cleanup");
    FIND(easy_strerror, "curl_easy_strerror");
    FIND(slist_append, "curl_slist_append");
    FIND(slist_free_all, "curl_slist_free_all");
#undef FIND
    // Not thread-safe in older libcurl, so done once here rather than implicitly by the first handle.
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not be initialised");
        return;
    }
    loaded = 1;
}

struct upload {
    const char *data;
    size_t length;
    size_t offset;
};

static size_t read_message(char *buffer, size_t size, size_t count, void *context) {
    struct upload *upload = context;
    size_t room = size * count;
    size_t left = upload->length - upload->offset;
    size_t length = left < room ? left : room;
    memcpy(buffer, upload->data + upload->offset, length);
    upload->offset += length;
    return length;
}

struct statusmark_smtp_result statusmark_smtp_send(const struct statusmark_smtp_request *request) {
    struct statusmark_smtp_result result = {0, 0, {0}};
    pthread_once(&load_once, load_curl);
    if (!loaded) {
        result.code = statusmark_curl_unavailable;
        snprintf(result.message, sizeof result.message, "%s", load_error);
        return result;
    }
    CURL *handle = api.easy_init();
    if (handle == NULL) {
        result.code = CURLE_FAILED_INIT;
        snprintf(result.message, sizeof result.message, "libcurl could not start a transfer");
        return result;
    }
    struct curl_slist *recipients = NULL;
    for (size_t index = 0; index < request->recipient_count; index++) {
        recipients = api.slist_append(recipients, request->recipients[index]);
    }
    struct upload upload = {request->message, request->message_length, 0};
    char error[CURL_ERROR_SIZE] = {0};

    api.easy_setopt(handle, CURLOPT_URL, request->url);
    api.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp");
    api.easy_setopt(handle, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
    api.easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    api.easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (request->ca_file != NULL) api.easy_setopt(handle, CURLOPT_CAINFO, request->ca_file);
    if (request->username != NULL) {
        api.easy_setopt(handle, CURLOPT_USERNAME, request->username);
        api.easy_setopt(handle, CURLOPT_PASSWORD, request->password != NULL ? request->password : "");
    }
    api.easy_setopt(handle, CURLOPT_MAIL_FROM, request->mail_from);
    api.easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    api.easy_setopt(handle, CURLOPT_READFUNCTION, read_message);
    api.easy_setopt(handle, CURLOPT_READDATA, &upload);
    api.easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    api.easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, (curl_off_t)request->message_length);
    api.easy_setopt(handle, CURLOPT_TIMEOUT_MS, request->timeout_ms);
    api.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, request->timeout_ms);
    api.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);

    CURLcode code = api.easy_perform(handle);
    long reply = 0;
    api.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    result.code = (int)code;
    result.reply = reply;
    if (code != CURLE_OK) {
        snprintf(result.message, sizeof result.message, "%s", error[0] != 0 ? error : api.easy_strerror(code));
    }
    api.slist_free_all(recipients);
    api.easy_cleanup(handle);
    return result;
}
