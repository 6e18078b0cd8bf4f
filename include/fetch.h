/* fetch.h: the bytes of a file, of standard input or of a URL. */
#ifndef FOLIO_FETCH_H
#define FOLIO_FETCH_H

#include <stdbool.h>
#include <stddef.h>

/* Inputs larger than this are refused rather than read. */
#define FETCH_MAX_BYTES ((size_t)64 << 20)
/* Seconds allowed to connect to a server, and to fetch a whole page;
 * FOLIO_TIMEOUT in the environment sets the second (and caps the
 * first). */
#define FETCH_CONNECT_TIMEOUT	15
#define FETCH_TIMEOUT		60

struct fetched {
	char	*data;		/* the bytes, NUL-terminated */
	size_t	 len;
	char	*content_type;	/* from HTTP, or NULL */
	char	*url;		/* the final URL after redirects, or NULL */
	char	*etag;		/* HTTP: the ETag and Last-Modified the */
	char	*last_modified;	/* server gave, as written, or NULL */
	bool	 not_modified;	/* HTTP 304 to a conditional request
				   (fetch_job_start_if): no bytes came */
};

/* Read a regular file, or standard input when path is "-". On failure
 * return -1 and set *cause to a malloc'd reason ("No such file or
 * directory", "file too large (70 MiB; the limit is 64 MiB)"). */
int	 fetch_file(const char *path, struct fetched *out, char **cause);
/* Fetch a URL with libcurl, loaded on first use. Follows up to 10
 * redirects, times out, accepts gzip, caps the size, names folio as its
 * User-Agent. Failures read "HTTP status 404", "no such host: x.invalid"
 * (names under .invalid are refused without a lookup), "no answer
 * within 60 seconds", "too large (...)", or libcurl's own words. */
int	 fetch_url(const char *url, struct fetched *out, char **cause);
/* A URL being fetched in the background: started, then carried on
 * with fetch_job_run() (which never waits) whenever fetch_wait() says
 * there may be something to do, until it is done. Any number run at
 * once, each with its own limits (time to connect and in all, size,
 * redirects); they share libcurl's connections. */
struct fetch_job;
struct wait;
/* How far a job has come. */
struct fetch_progress {
	size_t	 got;		/* bytes received */
	size_t	 total;		/* the size the server gave, or 0 */
	double	 seconds;	/* since it started */
};
/* Start fetching url (copied). A job that cannot start (no libcurl, a
 * host under .invalid) fails at its first fetch_job_run(). Of many
 * started at once, every eighth sets those before it going (connects,
 * sends their requests) without waiting for the next run. */
struct fetch_job *fetch_job_start(const char *url);
/* The same, asking for the page only when it changed since it was
 * fetched with etag or last_modified (either may be NULL): a page that
 * did not change comes back done, with not_modified set and no bytes. */
struct fetch_job *fetch_job_start_if(const char *url, const char *etag,
		    const char *last_modified);
/* The URL being fetched. */
const char	*fetch_job_url(const struct fetch_job *j);
/* Carry every job on as far as it goes without waiting (once for all
 * the jobs run between two fetch_wait(), or until a job is begun or a
 * few milliseconds pass), then say how this one is: 0 while it goes on; 1 when it is done, the page in *out
 * (the caller frees it with fetched_free()); -1 when it failed, with
 * *cause set as fetch_url() sets it. Once done or failed, the job has
 * nothing more to give: free it. */
int		 fetch_job_run(struct fetch_job *j, struct fetched *out,
		    char **cause);
void		 fetch_job_progress(const struct fetch_job *j,
		    struct fetch_progress *pr);
/* Free a job; one not done yet is given up (its transfer closed). The
 * caller need not say why: a job given up says nothing. fetch_job_free
 * (NULL) does nothing. */
void		 fetch_job_free(struct fetch_job *j);
/* Add what the jobs running wait on (their sockets, libcurl's timer) to
 * w; nothing when none runs. Returns the number running. */
int		 fetch_wait(struct wait *w);
/* Close what libcurl keeps between jobs (connections); at exit, once,
 * after every job is freed. */
void		 fetch_cleanup(void);
/* Why URLs cannot be opened in this build, or NULL if they can (as far as
 * can be told without loading libcurl). */
const char *fetch_url_unavailable(void);
void	 fetched_free(struct fetched *f);
/* Change the size limit (FETCH_MAX_BYTES); for tests. */
void	 fetch_set_max(size_t bytes);
/* Change the time allowed to fetch a page (FETCH_TIMEOUT; 0 restores
 * it); connecting gets no more than this either. */
void	 fetch_set_timeout(long seconds);

#endif
