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
/* A URL being fetched, for a reader that must not wait: started, then
 * carried on with fetch_job_run() until it is done. Today the whole
 * fetch happens within the first fetch_job_run(), which waits on the
 * network; the job's interface is the one a fetch in the background
 * will have. */
struct fetch_job;
/* Start fetching url (copied). */
struct fetch_job *fetch_job_start(const char *url);
/* The URL being fetched. */
const char	*fetch_job_url(const struct fetch_job *j);
/* Carry the job on: 0 while it goes on; 1 when it is done, the page in
 * *out (the caller frees it with fetched_free()); -1 when it failed,
 * with *cause set as fetch_url() sets it. Once done or failed, the job
 * has nothing more to give: free it. */
int		 fetch_job_run(struct fetch_job *j, struct fetched *out,
		    char **cause);
/* Free a job; one not done yet is given up. fetch_job_free(NULL) does
 * nothing. */
void		 fetch_job_free(struct fetch_job *j);
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
