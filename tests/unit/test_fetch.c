/* test_fetch.c: reading files, standard input and URLs (from a small
 * HTTP server on the loopback that the test runs itself). */
#include "config.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <stdarg.h>
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
#include <unistd.h>

#include "fetch.h"
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

/* A one-connection-at-a-time HTTP server in a child process: each
 * request's path picks a canned answer. Returns the port. */
static pid_t	 server;

static void
serve(int ls)
{
	char	 req[4096], *sp;
	ssize_t	 n;
	int	 c;

	/* Should the test fail and never stop it, it goes by itself. */
	alarm(60);
	for (;;) {
		const char *resp;
		char	 buf[8192];

		if ((c = accept(ls, NULL, NULL)) == -1)
			continue;
		n = read(c, req, sizeof req - 1);
		if (n <= 0) {
			close(c);
			continue;
		}
		req[n] = '\0';
		sp = strchr(req, ' ');
		if (sp != NULL && strncmp(sp + 1, "/page ", 6) == 0)
			resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
			    "charset=utf-8\r\nContent-Length: 26\r\n"
			    "Connection: close\r\n\r\n"
			    "<html><p>Served</p></html>";
		else if (sp != NULL && strncmp(sp + 1, "/moved ", 7) == 0)
			resp = "HTTP/1.1 301 Moved\r\nLocation: /page\r\n"
			    "Content-Length: 0\r\nConnection: close\r\n\r\n";
		else if (sp != NULL && strncmp(sp + 1, "/loop ", 6) == 0)
			resp = "HTTP/1.1 302 Found\r\nLocation: /loop\r\n"
			    "Content-Length: 0\r\nConnection: close\r\n\r\n";
		else if (sp != NULL && strncmp(sp + 1, "/gzip ", 6) == 0) {
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
					break;
			} else if (write(c, plain, sizeof plain - 1) < 0)
				break;
			shutdown(c, SHUT_WR);
			while (read(c, buf, sizeof buf) > 0)
				;
			close(c);
			continue;
		} else if (sp != NULL && strncmp(sp + 1, "/ua ", 4) == 0) {
			/* The User-Agent line of the request, as the body. */
			const char *ua = strcasestr(req, "\nuser-agent:");
			size_t	 ul = ua != NULL ? strcspn(ua + 1, "\r\n") : 0;

			snprintf(buf, sizeof buf, "HTTP/1.1 200 OK\r\n"
			    "Content-Length: %zu\r\nConnection: close\r\n\r\n"
			    "%.*s", ul, (int)ul, ua != NULL ? ua + 1 : "");
			if (write(c, buf, strlen(buf)) < 0)
				break;
			shutdown(c, SHUT_WR);
			while (read(c, buf, sizeof buf) > 0)
				;
			close(c);
			continue;
		} else if (sp != NULL && strncmp(sp + 1, "/huge ", 6) == 0) {
			/* Says it is larger than the limit, sends a little:
			 * refused on its word. */
			resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
			    "Content-Length: 99000000\r\n"
			    "Connection: close\r\n\r\n<html><p>Huge";
		} else if (sp != NULL && strncmp(sp + 1, "/big ", 5) == 0) {
			memset(buf, 'x', sizeof buf);
			snprintf(buf, sizeof buf, "HTTP/1.1 200 OK\r\n"
			    "Content-Length: 8000\r\nConnection: close\r\n\r\n");
			buf[strlen(buf)] = 'x';
			if (write(c, buf, sizeof buf) < 0)
				break;
			close(c);
			continue;
		} else
			resp = "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n"
			    "Connection: close\r\n\r\nNot found";
		if (write(c, resp, strlen(resp)) < 0)
			break;
		shutdown(c, SHUT_WR);
		while (read(c, buf, sizeof buf) > 0)
			;
		close(c);
	}
	_exit(0);
}

static int
start_server(void)
{
	struct sockaddr_in	 sa;
	socklen_t		 len = sizeof sa;
	int			 ls;

	ls = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(ls >= 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(ls, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(listen(ls, 8), 0);
	assert_int_equal(getsockname(ls, (struct sockaddr *)&sa, &len), 0);
	if ((server = fork()) == 0)
		serve(ls);
	close(ls);
	return ntohs(sa.sin_port);
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
	struct sockaddr_in	 sa;
	socklen_t		 len = sizeof sa;
	struct fetched		 f;
	char			*cause = NULL, url[128];
	int			 ls;

	(void)state;
	need_libcurl();
	ls = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(ls >= 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(ls, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(listen(ls, 8), 0);
	assert_int_equal(getsockname(ls, (struct sockaddr *)&sa, &len), 0);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/never",
	    ntohs(sa.sin_port));
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

/* A job: started, run until done, then nothing more; given up when freed
 * before it is done. */
static void
test_job(void **state)
{
	struct fetch_job	*j;
	struct fetched		 f;
	char			*cause = NULL;

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
		assert_int_equal(fetch_job_run(j, &f, &cause), 1);
		assert_string_equal(f.data, "<html><p>Served</p></html>");
		fetched_free(&f);
		fetch_job_free(j);
		stop_server();
	}
#endif
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
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
