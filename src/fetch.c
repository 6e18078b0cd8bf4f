/* fetch.c: the bytes of a file, of standard input or of a URL. The only
 * user of libcurl, which is loaded with dlopen the first time a URL is
 * opened (linked outright, its libraries would cost every start), and
 * driven through its multi interface, by its socket and timer callbacks:
 * any number of transfers go on in the background while the reader waits
 * on the keyboard. */
#include "config.h"

#include <sys/select.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_LIBCURL
#include <dlfcn.h>
#include <poll.h>
#define CURL_DISABLE_TYPECHECK 1
#define CURL_NO_OLDIES 1
#include <curl/curl.h>
#endif

#include "buf.h"
#include "fetch.h"
#include "file.h"
#include "url.h"
#include "wait.h"
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
	free(f->etag);
	free(f->last_modified);
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

/*
 * Jobs. Every URL is fetched by a job on libcurl's multi interface:
 * nothing waits on the network but fetch_url(), which waits on its own
 * job for the modes without a screen (--json, --dump).
 */

enum job_state {
	JOB_RUNNING,
	JOB_DONE,		/* out holds the page */
	JOB_FAILED,		/* cause says why */
	JOB_TAKEN		/* given to the caller */
};

struct sink {
	struct buf	 b;
	bool		 over;		/* past the size limit */
};

struct fetch_job {
	char		*url;
	char		*etag, *last_modified;	/* conditions asked for */
	enum job_state	 state;
	struct fetched	 out;
	char		*cause;
	struct timespec	 start;
	double		 seconds;	/* how long it took, once over */
#ifdef HAVE_LIBCURL
	void		*easy;		/* CURL *, while it runs */
	bool		 joined;	/* easy is in the multi handle */
	struct curl_slist *headers;	/* the conditions, sent */
	struct sink	 sink;
	char		*host;
	char		 errbuf[CURL_ERROR_SIZE];
#endif
};

static double
since(const struct timespec *t)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) +
	    (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void
job_fail(struct fetch_job *j, char *cause)
{
	j->state = JOB_FAILED;
	j->cause = cause;
	j->seconds = since(&j->start);
}

static char *
too_large(void)
{
	return fetch_max >= (1u << 20) ?
	    xasprintf("too large (more than %zu MiB)", fetch_max >> 20) :
	    xasprintf("too large (more than %zu bytes)", fetch_max);
}

#ifdef HAVE_LIBCURL

/* Transfers begun at once join libcurl this many at a time (set_going()). */
#define JOIN_STEP	8

/* The parts of libcurl folio uses, found with dlsym. */
static struct {
	int		 tried;
	const char	*error;
	void		*handle;
	CURLM		*multi;
	int		 running;	/* jobs in multi or waiting to join */
	/* Jobs begun since the last pass, whose transfers join the multi
	 * handle in the next (perform()). */
	struct fetch_job **waiting;
	size_t		 nwaiting, waitcap;
	/* The transfers were carried on (perform()) since the last wait
	 * and job begun, at this time: fetch_job_run() of the next job
	 * need not do it again. */
	bool		 performed;
	struct timespec	 performed_at;
	/* What libcurl waits on (its socket and timer callbacks): the
	 * sockets with what each waits for (CURL_POLL_IN, OUT, INOUT), and
	 * when it wants to be called back, if it does. */
	struct curl_sock {
		curl_socket_t	 fd;
		int		 what;
	}		*socks;
	size_t		 nsocks, sockcap;
	bool		 timer_set;
	struct timespec	 timer_at;
	CURL		*(*easy_init)(void);
	CURLcode	 (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode	 (*easy_getinfo)(CURL *, CURLINFO, ...);
	void		 (*easy_cleanup)(CURL *);
	const char	*(*easy_strerror)(CURLcode);
	CURLcode	 (*global_init)(long);
	void		 (*global_cleanup)(void);
	CURLM		*(*multi_init)(void);
	CURLMcode	 (*multi_add_handle)(CURLM *, CURL *);
	CURLMcode	 (*multi_remove_handle)(CURLM *, CURL *);
	CURLMsg		*(*multi_info_read)(CURLM *, int *);
	CURLMcode	 (*multi_socket_action)(CURLM *, curl_socket_t, int,
			    int *);
	CURLMcode	 (*multi_setopt)(CURLM *, CURLMoption, ...);
	CURLMcode	 (*multi_cleanup)(CURLM *);
	struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
	void		 (*slist_free_all)(struct curl_slist *);
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

/*
 * What libcurl waits on, as it says with its callbacks: so that a pass
 * (perform()) looks at every socket with one poll(), and tells libcurl
 * of those that are ready, where curl_multi_perform() would look at each
 * transfer's socket with a poll() of its own.
 */
static int
curl_socket(CURL *easy, curl_socket_t fd, int what, void *arg, void *sockp)
{
	size_t	 i;

	(void)easy;
	(void)arg;
	(void)sockp;
	for (i = 0; i < curl.nsocks && curl.socks[i].fd != fd; i++)
		;
	if (what == CURL_POLL_REMOVE) {
		if (i < curl.nsocks)
			curl.socks[i] = curl.socks[--curl.nsocks];
		return 0;
	}
	if (i == curl.nsocks) {
		if (curl.nsocks == curl.sockcap) {
			curl.sockcap = curl.sockcap ? curl.sockcap * 2 : 16;
			curl.socks = xreallocarray(curl.socks, curl.sockcap,
			    sizeof *curl.socks);
		}
		curl.socks[curl.nsocks++].fd = fd;
	}
	curl.socks[i].what = what;
	return 0;
}

static int
curl_timer(CURLM *multi, long ms, void *arg)
{
	(void)multi;
	(void)arg;
	curl.timer_set = ms >= 0;
	if (ms < 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &curl.timer_at);
	curl.timer_at.tv_sec += ms / 1000;
	curl.timer_at.tv_nsec += (ms % 1000) * 1000000;
	if (curl.timer_at.tv_nsec >= 1000000000) {
		curl.timer_at.tv_sec++;
		curl.timer_at.tv_nsec -= 1000000000;
	}
	return 0;
}

/* Milliseconds from now to libcurl's timer (0 when it is due), or -1 when
 * none is set. */
static long
timer_ms(const struct timespec *now)
{
	long	 ms;

	if (!curl.timer_set)
		return -1;
	ms = (long)(curl.timer_at.tv_sec - now->tv_sec) * 1000 +
	    (curl.timer_at.tv_nsec - now->tv_nsec) / 1000000;
	if (ms <= 0 && (curl.timer_at.tv_sec > now->tv_sec ||
	    (curl.timer_at.tv_sec == now->tv_sec &&
	    curl.timer_at.tv_nsec > now->tv_nsec)))
		ms = 1;		/* under a millisecond: not due yet */
	return ms < 0 ? 0 : ms;
}

static int
curl_load(void)
{
	static const char *names[] = { "libcurl.so.4", "libcurl.so",
	    "libcurl-gnutls.so.4" };
	size_t	 i;

	if (curl.multi != NULL)
		return 0;
	if (curl.handle != NULL)
		goto start;	/* again, after fetch_cleanup() */
	if (curl.tried)
		return -1;
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
	SYM(easy_getinfo, "curl_easy_getinfo");
	SYM(easy_cleanup, "curl_easy_cleanup");
	SYM(easy_strerror, "curl_easy_strerror");
	SYM(global_init, "curl_global_init");
	SYM(global_cleanup, "curl_global_cleanup");
	SYM(multi_init, "curl_multi_init");
	SYM(multi_add_handle, "curl_multi_add_handle");
	SYM(multi_remove_handle, "curl_multi_remove_handle");
	SYM(multi_info_read, "curl_multi_info_read");
	SYM(multi_socket_action, "curl_multi_socket_action");
	SYM(multi_setopt, "curl_multi_setopt");
	SYM(multi_cleanup, "curl_multi_cleanup");
	SYM(slist_append, "curl_slist_append");
	SYM(slist_free_all, "curl_slist_free_all");
#undef SYM
start:
	if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		goto bad;
	if ((curl.multi = curl.multi_init()) == NULL) {
		curl.global_cleanup();
		goto bad;
	}
	curl.nsocks = 0;
	curl.timer_set = false;
	curl.multi_setopt(curl.multi, CURLMOPT_SOCKETFUNCTION, curl_socket);
	curl.multi_setopt(curl.multi, CURLMOPT_TIMERFUNCTION, curl_timer);
	timeout_from_env();
	return 0;
bad:
	dlclose(curl.handle);
	curl.handle = NULL;
	curl.error = "the installed libcurl cannot be used";
	return -1;
}

static size_t
curl_write(char *p, size_t size, size_t n, void *arg)
{
	struct sink	*s = arg;

	n *= size;
	if (s->b.len + n > fetch_max) {
		s->over = true;
		return 0;
	}
	buf_add(&s->b, p, n);
	return n;
}

/* The value of header line p (n bytes, its line break included) when
 * it is the header name (case folded), malloc'd; else NULL. */
static char *
header_value(const char *p, size_t n, const char *name)
{
	size_t	 len = strlen(name);

	if (n <= len || strncasecmp(p, name, len) != 0 || p[len] != ':')
		return NULL;
	p += len + 1;
	n -= len + 1;
	while (n > 0 && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == '\n' ||
	    p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	return n > 0 && n < 1024 ? xstrndup(p, n) : NULL;
}

/* A header line of the answer: the ETag and Last-Modified are kept, those
 * of a redirect forgotten when the next answer starts. */
static size_t
curl_header(char *p, size_t size, size_t n, void *arg)
{
	struct fetched	*out = arg;
	char		*v;

	n *= size;
	if (n >= 5 && strncmp(p, "HTTP/", 5) == 0) {
		free(out->etag);
		free(out->last_modified);
		out->etag = out->last_modified = NULL;
	} else if ((v = header_value(p, n, "etag")) != NULL) {
		free(out->etag);
		out->etag = v;
	} else if ((v = header_value(p, n, "last-modified")) != NULL) {
		free(out->last_modified);
		out->last_modified = v;
	}
	return n;
}

const char *
fetch_url_unavailable(void)
{
	return NULL;
}

/* Close the job's easy handle, out of the multi handle already. */
static void
easy_close(struct fetch_job *j)
{
	j->joined = false;
	curl.easy_cleanup(j->easy);
	j->easy = NULL;
	if (j->headers != NULL)
		curl.slist_free_all(j->headers);
	j->headers = NULL;
	curl.running--;
}

/* Take the job's easy handle out of the multi handle (or of those
 * waiting to join it) and close it. */
static void
job_close(struct fetch_job *j)
{
	size_t	 i;

	if (j->easy == NULL)
		return;
	if (j->joined)
		curl.multi_remove_handle(curl.multi, j->easy);
	else {
		for (i = 0; i < curl.nwaiting && curl.waiting[i] != j; i++)
			;
		if (i < curl.nwaiting)
			memmove(&curl.waiting[i], &curl.waiting[i + 1],
			    (--curl.nwaiting - i) * sizeof *curl.waiting);
	}
	easy_close(j);
}

/* A page that came shorter than the server said. */
static char *
cut_short(struct fetch_job *j)
{
	curl_off_t	 cl = -1;

	if (curl.easy_getinfo(j->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T,
	    &cl) == CURLE_OK && cl > 0)
		return xasprintf("cut short: %zu of %lld bytes came",
		    j->sink.b.len, (long long)cl);
	return xasprintf("cut short after %zu bytes", j->sink.b.len);
}

/* A transfer ended with rc: the job is done or failed. */
static void
job_end(struct fetch_job *j, CURLcode rc)
{
	long	 status = 0;
	char	*ctype = NULL, *final = NULL;

	if (rc != CURLE_OK) {
		if (j->sink.over || rc == CURLE_FILESIZE_EXCEEDED)
			job_fail(j, too_large());
		else if (rc == CURLE_COULDNT_RESOLVE_HOST && j->host != NULL)
			job_fail(j, xasprintf("no such host: %s", j->host));
		else if (rc == CURLE_OPERATION_TIMEDOUT && j->sink.b.len > 0)
			job_fail(j, xasprintf("too slow: %zu bytes in %ld "
			    "second%s", j->sink.b.len, fetch_total_s,
			    fetch_total_s == 1 ? "" : "s"));
		else if (rc == CURLE_OPERATION_TIMEDOUT)
			job_fail(j, xasprintf("no answer within %ld second%s",
			    fetch_total_s, fetch_total_s == 1 ? "" : "s"));
		else if (rc == CURLE_PARTIAL_FILE)
			job_fail(j, cut_short(j));
		else if (rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR)
			job_fail(j, xasprintf("the connection was cut after "
			    "%zu bytes", j->sink.b.len));
		else if (rc == CURLE_TOO_MANY_REDIRECTS)
			job_fail(j, xstrdup("too many redirects (more than "
			    "10)"));
		else if (rc == CURLE_SSL_CONNECT_ERROR ||
		    rc == CURLE_PEER_FAILED_VERIFICATION ||
		    rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_CIPHER ||
		    rc == CURLE_SSL_CACERT_BADFILE)
			job_fail(j, xasprintf("TLS failure: %s",
			    j->errbuf[0] != '\0' ? j->errbuf :
			    curl.easy_strerror(rc)));
		else if (rc == CURLE_URL_MALFORMAT)
			job_fail(j, xstrdup("not a well-formed URL"));
		else if (rc == CURLE_COULDNT_CONNECT && j->host != NULL)
			job_fail(j, xasprintf("cannot connect to %s", j->host));
		else
			job_fail(j, xstrdup(j->errbuf[0] != '\0' ? j->errbuf :
			    curl.easy_strerror(rc)));
		buf_free(&j->sink.b);
		job_close(j);
		return;
	}
	curl.easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 400) {
		job_fail(j, xasprintf("HTTP status %ld", status));
		buf_free(&j->sink.b);
		job_close(j);
		return;
	}
	if (status == 304 && (j->etag != NULL || j->last_modified != NULL)) {
		buf_free(&j->sink.b);
		j->out.url = xstrdup(j->url);
		j->out.data = xstrdup("");
		j->out.not_modified = true;
		j->state = JOB_DONE;
		j->seconds = since(&j->start);
		job_close(j);
		return;
	}
	curl.easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &ctype);
	curl.easy_getinfo(j->easy, CURLINFO_EFFECTIVE_URL, &final);
	j->out.content_type = ctype != NULL ? xstrdup(ctype) : NULL;
	j->out.url = xstrdup(final != NULL ? final : j->url);
	j->out.data = buf_finish(&j->sink.b, &j->out.len);
	j->state = JOB_DONE;
	j->seconds = since(&j->start);
	job_close(j);
}

static void	 set_going(void);

/* Start the transfer of a job; it fails at once when it cannot start. */
static void
job_begin(struct fetch_job *j)
{
	CURL	*c;

	if (curl_load() == -1) {
		job_fail(j, xstrdup(curl.error));
		return;
	}
	if ((j->host = url_host(j->url)) != NULL && invalid_host(j->host)) {
		job_fail(j, xasprintf("no such host: %s", j->host));
		return;
	}
	if ((c = curl.easy_init()) == NULL) {
		job_fail(j, xstrdup("cannot start libcurl"));
		return;
	}
	curl.easy_setopt(c, CURLOPT_URL, j->url);
	curl.easy_setopt(c, CURLOPT_PRIVATE, j);
	curl.easy_setopt(c, CURLOPT_ERRORBUFFER, j->errbuf);
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
	curl.easy_setopt(c, CURLOPT_WRITEDATA, &j->sink);
	curl.easy_setopt(c, CURLOPT_HEADERFUNCTION, curl_header);
	curl.easy_setopt(c, CURLOPT_HEADERDATA, &j->out);
	if (j->etag != NULL || j->last_modified != NULL) {
		char	*h;

		if (j->etag != NULL) {
			h = xasprintf("If-None-Match: %s", j->etag);
			j->headers = curl.slist_append(j->headers, h);
			free(h);
		}
		if (j->last_modified != NULL) {
			h = xasprintf("If-Modified-Since: %s",
			    j->last_modified);
			j->headers = curl.slist_append(j->headers, h);
			free(h);
		}
		curl.easy_setopt(c, CURLOPT_HTTPHEADER, j->headers);
	}
	/* It joins the others in the next pass. */
	if (curl.nwaiting == curl.waitcap) {
		curl.waitcap = curl.waitcap ? curl.waitcap * 2 : 16;
		curl.waiting = xreallocarray(curl.waiting, curl.waitcap,
		    sizeof *curl.waiting);
	}
	curl.waiting[curl.nwaiting++] = j;
	j->easy = c;
	curl.running++;
	curl.performed = false;
	/* Of many begun at once, the first few need not wait for the
	 * others to be begun. */
	if (curl.nwaiting >= JOIN_STEP)
		set_going();
}

/* Up to n of the transfers waiting join the multi handle, in the order
 * they were begun. */
static void
join(size_t n)
{
	struct fetch_job	*j;
	size_t			 k;

	for (k = 0; k < n && k < curl.nwaiting; k++) {
		j = curl.waiting[k];
		if (curl.multi_add_handle(curl.multi, j->easy) == CURLM_OK) {
			j->joined = true;
			continue;
		}
		easy_close(j);
		job_fail(j, xstrdup("cannot start libcurl"));
	}
	memmove(curl.waiting, curl.waiting + k, (curl.nwaiting - k) *
	    sizeof *curl.waiting);
	curl.nwaiting -= k;
}

/* Tell libcurl of the sockets that are ready now, with one poll(). */
static void
carry_ready(void)
{
	struct pollfd	*pf;
	size_t		 i, n;
	int		 still, flags;

	/* The sockets as they are now: the callbacks change them. */
	if ((n = curl.nsocks) == 0)
		return;
	pf = xcalloc(n, sizeof *pf);
	for (i = 0; i < n; i++) {
		pf[i].fd = curl.socks[i].fd;
		pf[i].events = (curl.socks[i].what & CURL_POLL_IN ? POLLIN :
		    0) | (curl.socks[i].what & CURL_POLL_OUT ? POLLOUT : 0);
	}
	if (poll(pf, (nfds_t)n, 0) > 0) {
		for (i = 0; i < n; i++) {
			if (pf[i].revents == 0)
				continue;
			flags = (pf[i].revents & (POLLIN | POLLHUP) ?
			    CURL_CSELECT_IN : 0) | (pf[i].revents & POLLOUT ?
			    CURL_CSELECT_OUT : 0) | (pf[i].revents &
			    (POLLERR | POLLNVAL) ? CURL_CSELECT_ERR : 0);
			curl.multi_socket_action(curl.multi, pf[i].fd, flags,
			    &still);
		}
	}
	free(pf);
}

/* The transfers waiting join the multi handle JOIN_STEP at a time, and
 * each few connect (the timer) and send their requests (their sockets,
 * ready at once on a near server) before the next few join; the sockets
 * of the others are carried on as they go. A hundred feeds at once send
 * the first request when it is ready, not after all hundred connections
 * are set up, and their answers come as spread out as they can be
 * handled. */
static void
set_going(void)
{
	struct timespec	 now;
	int		 still;

	do {
		join(JOIN_STEP);
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (timer_ms(&now) == 0) {
			curl.timer_set = false;
			curl.multi_socket_action(curl.multi,
			    CURL_SOCKET_TIMEOUT, 0, &still);
		}
		carry_ready();
	} while (curl.nwaiting > 0);
}

/* Carry every transfer on as far as it goes without waiting, and end
 * the jobs whose transfers are over: those waiting to join, libcurl's
 * timer when it is due, and the sockets that are ready. Once a pass: a
 * pass is over with the next wait or job, or after PERFORM_MS for a
 * caller that never waits, so that the jobs of a refresh, run one after
 * the other, share it. */
#define PERFORM_MS	5
static void
perform(void)
{
	CURLMsg			*m;
	struct fetch_job	*j;
	struct timespec		 now;
	int			 left;

	if (curl.multi == NULL || curl.running == 0)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (curl.performed && (now.tv_sec - curl.performed_at.tv_sec) *
	    1000 + (now.tv_nsec - curl.performed_at.tv_nsec) / 1000000 <
	    PERFORM_MS)
		return;
	curl.performed = true;
	curl.performed_at = now;
	set_going();
	while ((m = curl.multi_info_read(curl.multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		j = NULL;
		curl.easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &j);
		if (j != NULL && j->easy == m->easy_handle)
			job_end(j, m->data.result);
	}
}

int
fetch_wait(struct wait *w)
{
	struct timespec	 now;
	long		 ms;
	size_t		 i;
	bool		 high = false;

	if (curl.multi == NULL || curl.running == 0)
		return 0;
	/* After the wait, the transfers are carried on again. */
	curl.performed = false;
	for (i = 0; i < curl.nsocks; i++) {
		if (curl.socks[i].fd >= FD_SETSIZE) {
			high = true;
			continue;
		}
		if (curl.socks[i].what & CURL_POLL_IN)
			FD_SET(curl.socks[i].fd, &w->rd);
		if (curl.socks[i].what & CURL_POLL_OUT)
			FD_SET(curl.socks[i].fd, &w->wr);
		if (curl.socks[i].fd > w->maxfd)
			w->maxfd = curl.socks[i].fd;
	}
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = timer_ms(&now);
	/* Transfers waiting to join do so in the next pass, at once. */
	if (curl.nwaiting > 0)
		ms = 0;
	/* No socket yet (a name being looked up), or one past what select
	 * can wait on: look again soon. */
	if ((curl.nsocks == 0 || high) && (ms < 0 || ms > 50))
		ms = 50;
	wait_within(w, ms);
	return curl.running;
}

void
fetch_cleanup(void)
{
	if (curl.multi != NULL) {
		curl.multi_cleanup(curl.multi);
		curl.multi = NULL;
		free(curl.socks);
		curl.socks = NULL;
		curl.nsocks = curl.sockcap = 0;
		free(curl.waiting);
		curl.waiting = NULL;
		curl.nwaiting = curl.waitcap = 0;
		curl.global_cleanup();
	}
}

#else /* !HAVE_LIBCURL */

const char *
fetch_url_unavailable(void)
{
	return "this folio was built without URL support "
	    "(configure --with-libcurl)";
}

static void
job_begin(struct fetch_job *j)
{
	job_fail(j, xstrdup(fetch_url_unavailable()));
}

static void
perform(void)
{
}

int
fetch_wait(struct wait *w)
{
	(void)w;
	return 0;
}

void
fetch_cleanup(void)
{
}

#endif

struct fetch_job *
fetch_job_start(const char *url)
{
	return fetch_job_start_if(url, NULL, NULL);
}

/* A condition as a header value: one line of printable ASCII. */
static char *
condition(const char *v)
{
	const char	*p;

	if (v == NULL || *v == '\0' || strlen(v) > 512)
		return NULL;
	for (p = v; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			return NULL;
	return xstrdup(v);
}

struct fetch_job *
fetch_job_start_if(const char *url, const char *etag,
    const char *last_modified)
{
	struct fetch_job	*j = xcalloc(1, sizeof *j);

	j->url = xstrdup(url);
	j->etag = condition(etag);
	j->last_modified = condition(last_modified);
	clock_gettime(CLOCK_MONOTONIC, &j->start);
	job_begin(j);
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
	if (j->state == JOB_RUNNING)
		perform();
	switch (j->state) {
	case JOB_RUNNING:
		return 0;
	case JOB_DONE:
		*out = j->out;
		memset(&j->out, 0, sizeof j->out);
		j->state = JOB_TAKEN;
		return 1;
	case JOB_FAILED:
		*cause = j->cause;
		j->cause = NULL;
		j->state = JOB_TAKEN;
		return -1;
	case JOB_TAKEN:
		break;
	}
	*cause = xstrdup("nothing more to fetch");
	return -1;
}

void
fetch_job_progress(const struct fetch_job *j, struct fetch_progress *pr)
{
	memset(pr, 0, sizeof *pr);
	pr->seconds = j->state == JOB_RUNNING ? since(&j->start) : j->seconds;
	pr->got = j->out.len;
#ifdef HAVE_LIBCURL
	if (j->easy != NULL) {
		curl_off_t	 cl = -1;

		pr->got = j->sink.b.len;
		if (curl.easy_getinfo(j->easy,
		    CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl) == CURLE_OK &&
		    cl > 0)
			pr->total = (size_t)cl;
	}
#endif
}

void
fetch_job_free(struct fetch_job *j)
{
	if (j == NULL)
		return;
#ifdef HAVE_LIBCURL
	job_close(j);
	buf_free(&j->sink.b);
	free(j->host);
#endif
	fetched_free(&j->out);
	free(j->cause);
	free(j->etag);
	free(j->last_modified);
	free(j->url);
	free(j);
}

/* The modes without a screen wait on their one job. */
int
fetch_url(const char *url, struct fetched *out, char **cause)
{
	struct fetch_job	*j = fetch_job_start(url);
	struct wait		 w;
	struct timespec		 ts;
	int			 r;

	memset(out, 0, sizeof *out);
	while ((r = fetch_job_run(j, out, cause)) == 0) {
		wait_init(&w);
		fetch_wait(&w);
		if (w.maxfd < 0 && w.ms < 0)
			w.ms = 50;
		if (w.ms != 0)
			pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
			    wait_timespec(&w, &ts), NULL);
	}
	fetch_job_free(j);
	return r == 1 ? 0 : -1;
}
