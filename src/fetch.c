/* fetch.c: the bytes of a file, of standard input or of a URL. The only
 * user of libcurl, which is loaded with dlopen the first time a URL is
 * opened: linked outright, its libraries would cost every start. */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#ifdef HAVE_LIBCURL
#include <dlfcn.h>
#define CURL_DISABLE_TYPECHECK 1
#define CURL_NO_OLDIES 1
#include <curl/curl.h>
#endif

#include "buf.h"
#include "fetch.h"
#include "file.h"
#include "url.h"
#include "xmalloc.h"

static size_t fetch_max = FETCH_MAX_BYTES;
/* Seconds to connect, and to fetch a whole page. */
static long fetch_connect_s = FETCH_CONNECT_TIMEOUT;
static long fetch_total_s = FETCH_TIMEOUT;

void
fetch_set_timeout(long seconds)
{
	if (seconds <= 0)
		seconds = FETCH_TIMEOUT;
	fetch_total_s = seconds;
	fetch_connect_s = seconds < FETCH_CONNECT_TIMEOUT ? seconds :
	    FETCH_CONNECT_TIMEOUT;
}

void
fetch_set_max(size_t bytes)
{
	fetch_max = bytes;
}

void
fetched_free(struct fetched *f)
{
	if (f == NULL)
		return;
	free(f->data);
	free(f->content_type);
	free(f->url);
	memset(f, 0, sizeof *f);
}

int
fetch_file(const char *path, struct fetched *out, char **cause)
{
	struct buf	 b = BUF_INIT;

	memset(out, 0, sizeof *out);
	if (file_read(path, fetch_max, &b, cause) == -1)
		return -1;
	out->data = buf_finish(&b, &out->len);
	return 0;
}

#ifdef HAVE_LIBCURL

/* The parts of libcurl folio uses, found with dlsym. */
static struct {
	int		 tried;
	const char	*error;
	void		*handle;
	CURL		*(*easy_init)(void);
	CURLcode	 (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode	 (*easy_perform)(CURL *);
	CURLcode	 (*easy_getinfo)(CURL *, CURLINFO, ...);
	void		 (*easy_cleanup)(CURL *);
	const char	*(*easy_strerror)(CURLcode);
	CURLcode	 (*global_init)(long);
} curl;

/* FOLIO_TIMEOUT, in seconds, when it is set to one. */
static void
timeout_from_env(void)
{
	const char	*v = getenv("FOLIO_TIMEOUT");
	char		*end;
	long		 n;

	if (v == NULL || *v == '\0')
		return;
	errno = 0;
	n = strtol(v, &end, 10);
	if (*end == '\0' && errno == 0 && n > 0 && n <= 3600)
		fetch_set_timeout(n);
}

/* Names under .invalid never exist (RFC 6761): they are refused without
 * asking a resolver. */
static bool
invalid_host(const char *host)
{
	size_t	 n = strlen(host);

	while (n > 0 && host[n - 1] == '.')
		n--;
	return (n == 7 && strncasecmp(host, "invalid", 7) == 0) ||
	    (n > 8 && strncasecmp(host + n - 8, ".invalid", 8) == 0);
}

static int
curl_load(void)
{
	static const char *names[] = { "libcurl.so.4", "libcurl.so",
	    "libcurl-gnutls.so.4" };
	size_t	 i;

	if (curl.tried)
		return curl.handle != NULL ? 0 : -1;
	curl.tried = 1;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if ((curl.handle = dlopen(names[i], RTLD_NOW)) != NULL)
			break;
	}
	if (curl.handle == NULL) {
		curl.error = "libcurl is not installed (Debian package libcurl4)";
		return -1;
	}
#define SYM(field, name) \
	if ((*(void **)&curl.field = dlsym(curl.handle, name)) == NULL) \
		goto bad
	SYM(easy_init, "curl_easy_init");
	SYM(easy_setopt, "curl_easy_setopt");
	SYM(easy_perform, "curl_easy_perform");
	SYM(easy_getinfo, "curl_easy_getinfo");
	SYM(easy_cleanup, "curl_easy_cleanup");
	SYM(easy_strerror, "curl_easy_strerror");
	SYM(global_init, "curl_global_init");
#undef SYM
	if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		goto bad;
	timeout_from_env();
	return 0;
bad:
	dlclose(curl.handle);
	curl.handle = NULL;
	curl.error = "the installed libcurl cannot be used";
	return -1;
}

struct sink {
	struct buf	 b;
	int		 over;
};

static size_t
curl_write(char *p, size_t size, size_t n, void *arg)
{
	struct sink	*s = arg;

	n *= size;
	if (s->b.len + n > fetch_max) {
		s->over = 1;
		return 0;
	}
	buf_add(&s->b, p, n);
	return n;
}

const char *
fetch_url_unavailable(void)
{
	return NULL;
}

int
fetch_url(const char *url, struct fetched *out, char **cause)
{
	struct sink	 s = { BUF_INIT, 0 };
	CURL		*c;
	CURLcode	 rc;
	long		 status = 0;
	char		*ctype = NULL, *final = NULL;
	char		 errbuf[CURL_ERROR_SIZE], *host = NULL;

	memset(out, 0, sizeof *out);
	if (curl_load() == -1) {
		*cause = xstrdup(curl.error);
		return -1;
	}
	if ((host = url_host(url)) != NULL && invalid_host(host)) {
		*cause = xasprintf("no such host: %s", host);
		free(host);
		return -1;
	}
	if ((c = curl.easy_init()) == NULL) {
		*cause = xstrdup("cannot start libcurl");
		return -1;
	}
	errbuf[0] = '\0';
	curl.easy_setopt(c, CURLOPT_URL, url);
	curl.easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl.easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
	if (curl.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK)
		curl.easy_setopt(c, (CURLoption)181 /* CURLOPT_PROTOCOLS */,
		    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	if (curl.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") !=
	    CURLE_OK)
		curl.easy_setopt(c, (CURLoption)182 /* REDIR_PROTOCOLS */,
		    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, fetch_connect_s);
	curl.easy_setopt(c, CURLOPT_TIMEOUT, fetch_total_s);
	curl.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	/* A page that says it is too large is refused before it comes. */
	curl.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)fetch_max);
	curl.easy_setopt(c, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
	curl.easy_setopt(c, CURLOPT_WRITEFUNCTION, curl_write);
	curl.easy_setopt(c, CURLOPT_WRITEDATA, &s);
	rc = curl.easy_perform(c);
	if (rc != CURLE_OK) {
		if (s.over || rc == CURLE_FILESIZE_EXCEEDED)
			*cause = fetch_max >= (1u << 20) ?
			    xasprintf("too large (more than %zu MiB)",
			    fetch_max >> 20) :
			    xasprintf("too large (more than %zu bytes)",
			    fetch_max);
		else if (rc == CURLE_COULDNT_RESOLVE_HOST && host != NULL)
			*cause = xasprintf("no such host: %s", host);
		else if (rc == CURLE_OPERATION_TIMEDOUT)
			*cause = xasprintf("no answer within %ld second%s",
			    fetch_total_s, fetch_total_s == 1 ? "" : "s");
		else
			*cause = xstrdup(errbuf[0] != '\0' ? errbuf :
			    curl.easy_strerror(rc));
		goto fail;
	}
	curl.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 400) {
		*cause = xasprintf("HTTP status %ld", status);
		goto fail;
	}
	curl.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ctype);
	curl.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final);
	out->content_type = ctype != NULL ? xstrdup(ctype) : NULL;
	out->url = xstrdup(final != NULL ? final : url);
	out->data = buf_finish(&s.b, &out->len);
	curl.easy_cleanup(c);
	free(host);
	return 0;
fail:
	buf_free(&s.b);
	curl.easy_cleanup(c);
	free(host);
	return -1;
}

#else /* !HAVE_LIBCURL */

const char *
fetch_url_unavailable(void)
{
	return "this folio was built without URL support "
	    "(configure --with-libcurl)";
}

int
fetch_url(const char *url, struct fetched *out, char **cause)
{
	(void)url;
	memset(out, 0, sizeof *out);
	*cause = xstrdup(fetch_url_unavailable());
	return -1;
}

#endif

/*
 * Jobs.
 */

struct fetch_job {
	char	*url;
	bool	 over;		/* done or failed */
};

struct fetch_job *
fetch_job_start(const char *url)
{
	struct fetch_job	*j = xcalloc(1, sizeof *j);

	j->url = xstrdup(url);
	return j;
}

const char *
fetch_job_url(const struct fetch_job *j)
{
	return j->url;
}

int
fetch_job_run(struct fetch_job *j, struct fetched *out, char **cause)
{
	if (j->over) {
		*cause = xstrdup("nothing more to fetch");
		return -1;
	}
	j->over = true;
	return fetch_url(j->url, out, cause) == -1 ? -1 : 1;
}

void
fetch_job_free(struct fetch_job *j)
{
	if (j == NULL)
		return;
	free(j->url);
	free(j);
}
