/* test_fetch.c: reading files, standard input and URLs (from a small
 * HTTP server on the loopback that the test runs itself). */
#include "config.h"

#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "fetch.h"
#include "wait.h"
#include "testutil.h"

static char	 tmpdir[] = "/tmp/folio-test-fetch.XXXXXX";

static int
setup(void **state)
{
	(void)state;
	signal(SIGPIPE, SIG_IGN);
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char	 cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *
write_tmp(const char *name, const char *data, size_t len)
{
	static char	 path[256];
	FILE		*f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

static void
test_file(void **state)
{
	struct fetched	 f;
	char		*cause = NULL;
	const char	*p = write_tmp("a.txt", "Title\n\nBody\0x", 14);

	(void)state;
	assert_int_equal(fetch_file(p, &f, &cause), 0);
	assert_int_equal(f.len, 14);
	assert_memory_equal(f.data, "Title\n\nBody\0x", 14);
	assert_int_equal(f.data[14], '\0');
	assert_null(f.content_type);
	assert_null(f.url);
	fetched_free(&f);
	fetched_free(NULL);
}

static void
test_errors(void **state)
{
	struct fetched	 f;
	char		*cause = NULL;
	char		 path[256];

	(void)state;
	snprintf(path, sizeof path, "%s/missing.html", tmpdir);
	assert_int_equal(fetch_file(path, &f, &cause), -1);
	assert_string_equal(cause, "No such file or directory");
	free(cause);
	cause = NULL;
	assert_int_equal(fetch_file(tmpdir, &f, &cause), -1);
	assert_string_equal(cause, "is a folder");
	free(cause);
}

static void
test_limit(void **state)
{
	struct fetched	 f;
	char		*cause = NULL;
	const char	*p = write_tmp("big.txt", "0123456789", 10);
	int		 fd;

	(void)state;
	fetch_set_max(9);
	assert_int_equal(fetch_file(p, &f, &cause), -1);
	assert_string_equal(cause, "too large (10 bytes; the limit is 9 bytes)");
	free(cause);
	cause = NULL;

	/* A stream has no size up front: the limit holds while reading. */
	fd = open(p, O_RDONLY);
	assert_true(fd >= 0);
	{
		int	 saved = dup(STDIN_FILENO);

		dup2(fd, STDIN_FILENO);
		assert_int_equal(fetch_file("-", &f, &cause), -1);
		dup2(saved, STDIN_FILENO);
		close(saved);
	}
	close(fd);
	assert_string_equal(cause, "too large (10 bytes; the limit is 9 bytes)");
	free(cause);
	fetch_set_max(FETCH_MAX_BYTES);
}

static void
test_stdin(void **state)
{
	struct fetched	 f;
	char		*cause = NULL;
	int		 saved;

	(void)state;
	saved = test_stdin_from("piped text");
	assert_int_equal(fetch_file("-", &f, &cause), 0);
	test_stdin_restore(saved);
	assert_int_equal(f.len, 10);
	assert_string_equal(f.data, "piped text");
	fetched_free(&f);
}

#ifdef HAVE_LIBCURL

/* Skip the test when libcurl, loaded at run time, is not installed or
 * cannot be used: a name under .invalid is refused only once it is
 * loaded. */
static void
need_libcurl(void)
{
	struct fetched	 f;
	char		*cause = NULL;

	if (fetch_url("http://libcurl.invalid/", &f, &cause) == -1 &&
	    cause != NULL &&
	    strcmp(cause, "no such host: libcurl.invalid") != 0) {
		print_message("cannot test URLs: %s\n", cause);
		free(cause);
		skip();
	}
	free(cause);
}

/* An HTTP server in a child process: each request's path picks a canned
 * answer. start_server() returns its port. */
static pid_t	 server;

/* Answer one request on connection c, by its path. */
static void
answer(int c)
{
	char	 req[4096], *sp;
	ssize_t	 n;
	const char *resp;
	char	 buf[8192];

	n = read(c, req, sizeof req - 1);
	if (n <= 0)
		return;
	req[n] = '\0';
	sp = strchr(req, ' ');
	if (sp == NULL)
		return;
	sp++;
	if (strncmp(sp, "/page ", 6) == 0)
		resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
		    "charset=utf-8\r\nContent-Length: 26\r\n"
		    "Connection: close\r\n\r\n"
		    "<html><p>Served</p></html>";
	else if (strncmp(sp, "/cond ", 6) == 0) {
		/* Not modified for a client that has "v1" or the date. */
		if (strcasestr(req, "\nif-none-match: \"v1\"") != NULL ||
		    strcasestr(req, "\nif-modified-since: Sat, 05 Dec 2026 "
		    "06:00:00 GMT") != NULL)
			resp = "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n"
			    "Connection: close\r\n\r\n";
		else
			resp = "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n"
			    "Last-Modified: Sat, 05 Dec 2026 06:00:00 GMT\r\n"
			    "Content-Length: 3\r\nConnection: close\r\n\r\n"
			    "new";
	} else if (strncmp(sp, "/moved ", 7) == 0)
		resp = "HTTP/1.1 301 Moved\r\nLocation: /page\r\n"
		    "Content-Length: 0\r\nConnection: close\r\n\r\n";
	else if (strncmp(sp, "/loop ", 6) == 0)
		resp = "HTTP/1.1 302 Found\r\nLocation: /loop\r\n"
		    "Content-Length: 0\r\nConnection: close\r\n\r\n";
	else if (strncmp(sp, "/gzip ", 6) == 0) {
		/* Sent packed only to a client that asks for it. */
		static const char gz[] = "HTTP/1.1 200 OK\r\n"
		    "Content-Type: text/html\r\n"
		    "Content-Encoding: gzip\r\nContent-Length: 45\r\n"
		    "Connection: close\r\n\r\n"
		    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xb3\xc9"
		    "\x28\xc9\xcd\xb1\xb3\x29\xb0\x0b\xcd\x2b\x48\x4c"
		    "\xce\x4e\x4d\xb1\xd1\x2f\xb0\xb3\xd1\x07\x8b\x02"
		    "\x00\x66\xe8\xe0\xef\x1c\x00\x00\x00";
		static const char plain[] = "HTTP/1.1 200 OK\r\n"
		    "Content-Length: 7\r\nConnection: close\r\n\r\n"
		    "no gzip";

		if (strcasestr(req, "\naccept-encoding:") != NULL &&
		    strstr(req, "gzip") != NULL) {
			if (write(c, gz, sizeof gz - 1) < 0)
				return;
		} else if (write(c, plain, sizeof plain - 1) < 0)
			return;
		resp = NULL;
	} else if (strncmp(sp, "/ua ", 4) == 0) {
		/* The User-Agent line of the request, as the body. */
		const char *ua = strcasestr(req, "\nuser-agent:");
		size_t	 ul = ua != NULL ? strcspn(ua + 1, "\r\n") : 0;

		snprintf(buf, sizeof buf, "HTTP/1.1 200 OK\r\n"
		    "Content-Length: %zu\r\nConnection: close\r\n\r\n"
		    "%.*s", ul, (int)ul, ua != NULL ? ua + 1 : "");
		resp = buf;
	} else if (strncmp(sp, "/huge ", 6) == 0) {
		/* Says it is larger than the limit, sends a little:
		 * refused on its word. */
		resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
		    "Content-Length: 99000000\r\n"
		    "Connection: close\r\n\r\n<html><p>Huge";
	} else if (strncmp(sp, "/big ", 5) == 0) {
		memset(buf, 'x', sizeof buf);
		snprintf(buf, sizeof buf, "HTTP/1.1 200 OK\r\n"
		    "Content-Length: 8000\r\nConnection: close\r\n\r\n");
		buf[strlen(buf)] = 'x';
		if (write(c, buf, sizeof buf) < 0)
			return;
		resp = NULL;
	} else if (strncmp(sp, "/grow ", 6) == 0) {
		/* No size said: 8000 bytes, then the connection closed. */
		int	 i;

		resp = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n";
		if (write(c, resp, strlen(resp)) < 0)
			return;
		memset(buf, 'x', 1000);
		for (i = 0; i < 8; i++) {
			if (write(c, buf, 1000) < 0)
				return;
		}
		resp = NULL;
	} else if (strncmp(sp, "/trickle ", 9) == 0) {
		/* Fifty bytes, one every 20 ms. */
		int	 i;

		resp = "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n"
		    "Connection: close\r\n\r\n";
		if (write(c, resp, strlen(resp)) < 0)
			return;
		for (i = 0; i < 50; i++) {
			usleep(20000);
			if (write(c, "x", 1) < 0)
				return;
		}
		resp = NULL;
	} else if (strncmp(sp, "/short ", 7) == 0) {
		/* Says 100 bytes, sends 10 and closes. */
		resp = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
		    "Connection: close\r\n\r\n0123456789";
	} else if (strncmp(sp, "/reset ", 7) == 0) {
		/* Half a body, then the connection reset. */
		struct linger	 l = { 1, 0 };

		resp = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n01234";
		if (write(c, resp, strlen(resp)) < 0)
			return;
		usleep(50000);
		setsockopt(c, SOL_SOCKET, SO_LINGER, &l, sizeof l);
		return;
	} else if (strncmp(sp, "/hang ", 6) == 0) {
		/* Never answers; says, in a file, when the client goes. */
		while (read(c, buf, sizeof buf) > 0)
			;
		snprintf(buf, sizeof buf, "%s/gone", tmpdir);
		close(open(buf, O_WRONLY | O_CREAT, 0600));
		return;
	} else if (strncmp(sp, "/together", 9) == 0 && (sp[9] == ' ' ||
	    sp[9] == '/')) {
		/* Answers once N requests for it have come (/together/N,
		 * 3 for /together), each with N: fetched one after the
		 * other, they would answer "1" after a second. */
		int	 fd, k = 0, want = sp[9] == '/' ? atoi(sp + 10) : 3;

		snprintf(buf, sizeof buf, "%s/together-%d", tmpdir, want);
		fd = open(buf, O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd == -1 || write(fd, "x", 1) != 1)
			return;
		close(fd);
		for (k = 0; k < 100; k++) {
			struct stat	 sb;

			if (stat(buf, &sb) == 0 && sb.st_size >= want)
				break;
			usleep(10000);
		}
		snprintf(buf, sizeof buf, "HTTP/1.1 200 OK\r\n"
		    "Content-Length: %d\r\nConnection: close\r\n\r\n%d",
		    k < 100 ? snprintf(NULL, 0, "%d", want) : 1,
		    k < 100 ? want : 1);
		resp = buf;
	} else
		resp = "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n"
		    "Connection: close\r\n\r\nNot found";
	if (resp != NULL && write(c, resp, strlen(resp)) < 0)
		return;
	shutdown(c, SHUT_WR);
	while (read(c, buf, sizeof buf) > 0)
		;
}

/* Each connection is answered by a process of its own, so that several
 * go on at once. */
static void
serve(int ls)
{
	int	 c;

	/* Should the test fail and never stop it, it goes by itself. */
	alarm(60);
	signal(SIGCHLD, SIG_IGN);
	for (;;) {
		if ((c = accept(ls, NULL, NULL)) == -1)
			continue;
		if (fork() == 0) {
			close(ls);
			answer(c);
			close(c);
			_exit(0);
		}
		close(c);
	}
}

static int
start_server(void)
{
	int	 port, ls = test_listen(&port);

	if ((server = fork()) == 0)
		serve(ls);
	close(ls);
	return port;
}

static void
stop_server(void)
{
	kill(server, SIGTERM);
	waitpid(server, NULL, 0);
}

static void
test_url(void **state)
{
	struct fetched	 f;
	char		*cause = NULL, url[128];
	int		 port;

	(void)state;
	need_libcurl();
	port = start_server();

	snprintf(url, sizeof url, "http://127.0.0.1:%d/page", port);
	assert_int_equal(fetch_url(url, &f, &cause), 0);
	assert_string_equal(f.data, "<html><p>Served</p></html>");
	assert_string_equal(f.content_type, "text/html; charset=utf-8");
	assert_string_equal(f.url, url);
	fetched_free(&f);

	/* A redirect is followed, and the final URL kept. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/moved", port);
	assert_int_equal(fetch_url(url, &f, &cause), 0);
	assert_string_equal(f.data, "<html><p>Served</p></html>");
	assert_non_null(strstr(f.url, "/page"));
	fetched_free(&f);

	/* gzip is asked for and unpacked. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/gzip", port);
	assert_int_equal(fetch_url(url, &f, &cause), 0);
	assert_string_equal(f.data, "<html><p>Unpacked</p></html>");
	fetched_free(&f);

	/* The User-Agent names folio. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/ua", port);
	assert_int_equal(fetch_url(url, &f, &cause), 0);
	assert_string_equal(f.data, "User-Agent: " PACKAGE_NAME "/"
	    PACKAGE_VERSION);
	fetched_free(&f);

	/* A redirect loop ends. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/loop", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_non_null(cause);
	free(cause);
	cause = NULL;

	snprintf(url, sizeof url, "http://127.0.0.1:%d/nothing", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_string_equal(cause, "HTTP status 404");
	free(cause);
	cause = NULL;

	fetch_set_max(1000);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/big", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_string_equal(cause, "too large (more than 1000 bytes)");
	free(cause);
	cause = NULL;
	/* A body that says nothing of its size, and grows past the limit. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/grow", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_string_equal(cause, "too large (more than 1000 bytes)");
	free(cause);
	cause = NULL;
	fetch_set_max(FETCH_MAX_BYTES);

	/* It says so in its headers. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/huge", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_string_equal(cause, "too large (more than 64 MiB)");
	free(cause);
	cause = NULL;

	stop_server();

	/* Nobody listens there now. */
	snprintf(url, sizeof url, "http://127.0.0.1:%d/page", port);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_non_null(cause);
	free(cause);
}

/* A server that takes the connection and never answers: its socket
 * listens, and nobody accepts. */
static void
test_timeout(void **state)
{
	struct fetched		 f;
	char			*cause = NULL, url[128];
	int			 ls, port;

	(void)state;
	need_libcurl();
	ls = test_listen(&port);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/never", port);
	fetch_set_timeout(1);
	assert_int_equal(fetch_url(url, &f, &cause), -1);
	assert_string_equal(cause, "no answer within 1 second");
	free(cause);
	fetch_set_timeout(0);
	close(ls);
}

/* Names under .invalid are refused without a lookup. */
static void
test_invalid_host(void **state)
{
	static const struct {
		const char	*url, *cause;
	} cases[] = {
		{ "http://nosuch.invalid/post/", "no such host: nosuch.invalid" },
		{ "https://u:p@Blog.INVALID.:8080/x?y",
		    "no such host: Blog.INVALID." },
		{ "http://invalid/", "no such host: invalid" },
	};
	struct fetched	 f;
	char		*cause;
	size_t		 i;

	(void)state;
	need_libcurl();
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		cause = NULL;
		assert_int_equal(fetch_url(cases[i].url, &f, &cause), -1);
		assert_string_equal(cause, cases[i].cause);
		assert_null(f.data);
		free(cause);
	}
}

#else

/* Without libcurl there is no time-out and no host to refuse: skipped,
 * not passed. */
static void
test_timeout(void **state)
{
	(void)state;
	print_message("built without libcurl: no URL to time out\n");
	skip();
}

static void
test_invalid_host(void **state)
{
	(void)state;
	print_message("built without libcurl: no host to refuse\n");
	skip();
}

static void
test_url(void **state)
{
	struct fetched	 f;
	char		*cause = NULL;

	(void)state;
	assert_non_null(fetch_url_unavailable());
	assert_int_equal(fetch_url("http://127.0.0.1/", &f, &cause), -1);
	assert_string_equal(cause, fetch_url_unavailable());
	free(cause);
}

#endif

/* Carry job j on until it is over, waiting as the reader's loop does;
 * the number of rounds in *rounds. */
static int
run_job(struct fetch_job *j, struct fetched *f, char **cause, int *rounds)
{
	struct wait	 w;
	struct timespec	 ts;
	int		 r;

	*rounds = 0;
	while ((r = fetch_job_run(j, f, cause)) == 0) {
		(*rounds)++;
		wait_init(&w);
		assert_true(fetch_wait(&w) > 0);
		assert_true(w.maxfd >= 0 || w.ms >= 0);
		pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), NULL);
	}
	return r;
}

/* A job: started, run until done, then nothing more. */
static void
test_job(void **state)
{
	struct fetch_job	*j;
	struct fetched		 f;
	char			*cause = NULL;
	int			 rounds;

	(void)state;
	j = fetch_job_start("http://a.invalid/page");
	assert_string_equal(fetch_job_url(j), "http://a.invalid/page");
	memset(&f, 0, sizeof f);
	assert_int_equal(fetch_job_run(j, &f, &cause), -1);
	assert_non_null(cause);
#ifdef HAVE_LIBCURL
	if (strcmp(cause, "no such host: a.invalid") != 0) {
		print_message("cannot test URLs: %s\n", cause);
		free(cause);
		fetch_job_free(j);
		skip();
	}
#else
	assert_string_equal(cause, fetch_url_unavailable());
#endif
	free(cause);
	cause = NULL;
	assert_int_equal(fetch_job_run(j, &f, &cause), -1);
	assert_string_equal(cause, "nothing more to fetch");
	free(cause);
	fetch_job_free(j);
	fetch_job_free(NULL);
	fetch_job_free(fetch_job_start("http://b.invalid/"));
#ifdef HAVE_LIBCURL
	{
		char	 url[128];
		int	 port = start_server();

		snprintf(url, sizeof url, "http://127.0.0.1:%d/page", port);
		j = fetch_job_start(url);
		/* Started, it has not waited for the server. */
		assert_int_equal(fetch_job_run(j, &f, &cause), 0);
		assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
		assert_string_equal(f.data, "<html><p>Served</p></html>");
		fetched_free(&f);
		fetch_job_free(j);
		stop_server();
	}
#else
	(void)rounds;
#endif
}

#ifdef HAVE_LIBCURL

/* A page that comes a byte at a time: the job says how far it is, and
 * never waits for it. */
static void
test_job_progress(void **state)
{
	struct fetch_job	*j;
	struct fetch_progress	 pr;
	struct fetched		 f;
	struct wait		 w;
	struct timespec		 ts;
	char			*cause = NULL, url[128];
	size_t			 last = 0, steps = 0;
	int			 port, r;

	(void)state;
	need_libcurl();
	port = start_server();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/trickle", port);
	j = fetch_job_start(url);
	while ((r = fetch_job_run(j, &f, &cause)) == 0) {
		fetch_job_progress(j, &pr);
		assert_true(pr.got >= last);
		assert_true(pr.got <= 50);
		if (pr.got > last) {
			steps++;
			assert_int_equal(pr.total, 50);
		}
		last = pr.got;
		wait_init(&w);
		fetch_wait(&w);
		pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), NULL);
	}
	assert_int_equal(r, 1);
	assert_int_equal(f.len, 50);
	/* It was seen coming, not only at its end. */
	assert_true(steps > 2);
	fetch_job_progress(j, &pr);
	assert_true(pr.seconds > 0);
	fetched_free(&f);
	fetch_job_free(j);
	stop_server();
}

/* Run the n jobs j until each is done, each page being want; then free
 * them. */
static void
run_all(struct fetch_job **j, int n, const char *want)
{
	struct fetched	 f;
	struct wait	 w;
	struct timespec	 ts;
	char		*cause = NULL;
	bool		 over[32];
	int		 i, done = 0, r;

	assert_true(n <= 32);
	for (i = 0; i < n; i++)
		over[i] = false;
	while (done < n) {
		for (i = 0; i < n; i++) {
			if (over[i] || (r = fetch_job_run(j[i], &f, &cause))
			    == 0)
				continue;
			if (r == -1)
				fail_msg("job %d: %s", i, cause);
			assert_string_equal(f.data, want);
			fetched_free(&f);
			over[i] = true;
			done++;
		}
		wait_init(&w);
		if (fetch_wait(&w) == 0)
			continue;
		pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), NULL);
	}
	for (i = 0; i < n; i++)
		fetch_job_free(j[i]);
}

/* Three jobs at once: the server answers none until all three have
 * asked. */
static void
test_jobs_together(void **state)
{
	struct fetch_job	*j[3];
	char			 url[128];
	int			 port, i;

	(void)state;
	need_libcurl();
	port = start_server();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/together", port);
	for (i = 0; i < 3; i++)
		j[i] = fetch_job_start(url);
	run_all(j, 3, "3");
	stop_server();
}

/* Twenty jobs begun at once, and one given up before it ran: the twenty
 * are fetched together (each answer says all twenty had asked), and
 * the wait after they begin does not wait. */
static void
test_jobs_many(void **state)
{
	struct fetch_job	*j[20], *gone;
	struct wait		 w;
	char			 url[128];
	int			 port, i;

	(void)state;
	need_libcurl();
	port = start_server();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/together/20", port);
	for (i = 0; i < 20; i++) {
		j[i] = fetch_job_start(url);
		if (i == 9) {
			gone = fetch_job_start(url);
			fetch_job_free(gone);
		}
	}
	wait_init(&w);
	assert_int_not_equal(fetch_wait(&w), 0);
	assert_int_equal(w.ms, 0);
	run_all(j, 20, "20");
	assert_int_equal(fetch_wait(&(struct wait){ .maxfd = -1, .ms = -1 }),
	    0);
	stop_server();
}

/* A job given up before it is done closes its connection: the server
 * sees the client go. */
static void
test_job_given_up(void **state)
{
	struct fetch_job	*j;
	struct fetched		 f;
	struct stat		 sb;
	char			*cause = NULL, url[128], gone[256];
	int			 port, i;

	(void)state;
	need_libcurl();
	snprintf(gone, sizeof gone, "%s/gone", tmpdir);
	unlink(gone);
	port = start_server();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/hang", port);
	j = fetch_job_start(url);
	for (i = 0; i < 20; i++) {
		assert_int_equal(fetch_job_run(j, &f, &cause), 0);
		usleep(5000);
	}
	fetch_job_free(j);
	assert_int_equal(fetch_wait(&(struct wait){ .maxfd = -1, .ms = -1 }),
	    0);
	for (i = 0; i < 500 && stat(gone, &sb) == -1; i++)
		usleep(10000);
	assert_int_equal(stat(gone, &sb), 0);
	stop_server();
}

/* A conditional request: the page's ETag and date are kept, and asked
 * with them again, a page that did not change comes back as such. */
static void
test_job_conditional(void **state)
{
	struct fetch_job	*j;
	struct fetched		 f;
	char			*cause = NULL, url[128];
	int			 port, rounds;

	(void)state;
	need_libcurl();
	port = start_server();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/cond", port);
	j = fetch_job_start(url);
	assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
	assert_string_equal(f.data, "new");
	assert_false(f.not_modified);
	assert_string_equal(f.etag, "\"v1\"");
	assert_string_equal(f.last_modified, "Sat, 05 Dec 2026 06:00:00 GMT");
	fetched_free(&f);
	fetch_job_free(j);

	j = fetch_job_start_if(url, "\"v1\"", NULL);
	assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
	assert_true(f.not_modified);
	assert_int_equal(f.len, 0);
	fetched_free(&f);
	fetch_job_free(j);

	j = fetch_job_start_if(url, NULL, "Sat, 05 Dec 2026 06:00:00 GMT");
	assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
	assert_true(f.not_modified);
	fetched_free(&f);
	fetch_job_free(j);

	/* An ETag that no longer holds: the page comes whole. */
	j = fetch_job_start_if(url, "\"v0\"", NULL);
	assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
	assert_false(f.not_modified);
	assert_string_equal(f.data, "new");
	fetched_free(&f);
	fetch_job_free(j);

	/* A condition that is no header line is not sent. */
	j = fetch_job_start_if(url, "\"v1\"\r\nX-Evil: 1", NULL);
	assert_int_equal(run_job(j, &f, &cause, &rounds), 1);
	assert_false(f.not_modified);
	fetched_free(&f);
	fetch_job_free(j);
	stop_server();
}

/* What goes wrong on the way: each a message, never a page. */
static void
test_job_broken(void **state)
{
	static const struct {
		const char	*path, *cause;
	} cases[] = {
		{ "/short", "cut short: 10 of 100 bytes came" },
		{ "/reset", "the connection was cut after 5 bytes" },
		{ "/loop", "too many redirects (more than 10)" },
	};
	struct fetch_job	*j;
	struct fetched		 f;
	char			*cause, url[128];
	size_t			 i;
	int			 port, rounds;

	(void)state;
	need_libcurl();
	port = start_server();
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		cause = NULL;
		snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port,
		    cases[i].path);
		j = fetch_job_start(url);
		memset(&f, 0, sizeof f);
		assert_int_equal(run_job(j, &f, &cause, &rounds), -1);
		assert_null(f.data);
		assert_non_null(cause);
		if (strcasestr(cause, cases[i].cause) == NULL)
			fail_msg("%s: %s", cases[i].path, cause);
		free(cause);
		fetch_job_free(j);
	}
	/* TLS with a server that speaks plain HTTP; a port that cannot be. */
	snprintf(url, sizeof url, "https://127.0.0.1:%d/page", port);
	j = fetch_job_start(url);
	assert_int_equal(run_job(j, &f, &cause, &rounds), -1);
	assert_non_null(strstr(cause, "TLS failure: "));
	free(cause);
	cause = NULL;
	fetch_job_free(j);
	j = fetch_job_start("http://127.0.0.1:99999/page");
	assert_int_equal(run_job(j, &f, &cause, &rounds), -1);
	assert_string_equal(cause, "not a well-formed URL");
	free(cause);
	fetch_job_free(j);
	/* A page that keeps coming, too slowly: how much came, and in how
	 * long. */
	fetch_set_timeout(1);
	cause = NULL;
	snprintf(url, sizeof url, "http://127.0.0.1:%d/trickle", port);
	j = fetch_job_start(url);
	assert_int_equal(run_job(j, &f, &cause, &rounds), -1);
	assert_non_null(strstr(cause, "too slow: "));
	assert_non_null(strstr(cause, " bytes in 1 second"));
	free(cause);
	fetch_job_free(j);
	fetch_set_timeout(0);
	stop_server();
}

#else

static void
test_job_progress(void **state)
{
	(void)state;
	print_message("built without libcurl: no URL to fetch\n");
	skip();
}

static void
test_jobs_together(void **state)
{
	test_job_progress(state);
}

static void
test_jobs_many(void **state)
{
	test_job_progress(state);
}

static void
test_job_given_up(void **state)
{
	test_job_progress(state);
}

static void
test_job_broken(void **state)
{
	test_job_progress(state);
}

static void
test_job_conditional(void **state)
{
	test_job_progress(state);
}

#endif

/* A page kept in the session's cache comes back whole, its validators
 * too, into a struct that held anything before. */
static void
test_cache_copy(void **state)
{
	struct fetched	 f, g;

	(void)state;
	memset(&f, 0, sizeof f);
	f.data = strdup("<p>page</p>");
	f.len = strlen(f.data);
	f.content_type = strdup("text/html");
	f.etag = strdup("\"v1\"");
	f.last_modified = strdup("Tue, 02 Apr 2024 10:00:00 GMT");
	cache_put("http://h.example/a", &f);
	fetched_free(&f);
	memset(&g, 0xa5, sizeof g);
	assert_int_equal(cache_get("http://h.example/a", &g), 0);
	assert_string_equal(g.data, "<p>page</p>");
	assert_int_equal(g.len, 11);
	assert_string_equal(g.content_type, "text/html");
	assert_null(g.url);
	assert_string_equal(g.etag, "\"v1\"");
	assert_string_equal(g.last_modified, "Tue, 02 Apr 2024 10:00:00 GMT");
	assert_false(g.not_modified);
	fetched_free(&g);
	assert_int_equal(cache_get("http://h.example/b", &g), -1);
	cache_clear();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_stdin),
		cmocka_unit_test(test_url),
		cmocka_unit_test(test_timeout),
		cmocka_unit_test(test_invalid_host),
		cmocka_unit_test(test_job),
		cmocka_unit_test(test_job_progress),
		cmocka_unit_test(test_jobs_together),
		cmocka_unit_test(test_jobs_many),
		cmocka_unit_test(test_job_given_up),
		cmocka_unit_test(test_job_broken),
		cmocka_unit_test(test_job_conditional),
		cmocka_unit_test(test_cache_copy),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
