/* testutil.h: shared by the cmocka unit tests. Include after <cmocka.h>. */
#ifndef FOLIO_TESTUTIL_H
#define FOLIO_TESTUTIL_H

#include <sys/socket.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A socket listening on the loopback, on a free port (in *port), that
 * nobody accepts from: a server that takes a connection and never
 * answers, or the one a test server forked after it accepts from.
 * Close it when done. */
static inline int
test_listen(int *port)
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
	assert_int_equal(listen(ls, 64), 0);
	assert_int_equal(getsockname(ls, (struct sockaddr *)&sa, &len), 0);
	*port = ntohs(sa.sin_port);
	return ls;
}

/* A copy of s[0, len) as a string, for a block's text: a finished doc's
 * has no NUL after it. The copy lasts until eight more are made. */
static inline const char *
test_text(const char *s, size_t len)
{
	static char	*ring[8];
	static size_t	 next;
	char		*p = malloc(len + 1);

	assert_non_null(p);
	memcpy(p, s, len);
	p[len] = '\0';
	free(ring[next]);
	ring[next] = p;
	next = (next + 1) % 8;
	return p;
}

#define BLOCK_TEXT(b)	test_text((b)->text, (b)->len)

/* The path of a file under tests/data, in a static buffer. */
static inline const char *
test_data_path(const char *name)
{
	static char	 path[4096];
	const char	*top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/tests/data/%s", top ? top : ".", name);
	return path;
}

/* The contents of a file under tests/data (NUL-terminated; free it). */
static inline char *
test_read(const char *name, size_t *len)
{
	const char	*path = test_data_path(name);
	FILE		*f = fopen(path, "rb");
	char		*p = NULL;
	size_t		 n = 0, cap = 0, r;

	if (f == NULL) {
		fprintf(stderr, "cannot open %s\n", path);
		abort();
	}
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 8192;
			p = realloc(p, cap + 1);
			if (p == NULL)
				abort();
		}
		r = fread(p + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	p[n] = '\0';
	if (len != NULL)
		*len = n;
	return p;
}

/* Write text to the file at path, which the test then reads. */
static inline void
test_write_file(const char *path, const char *text)
{
	FILE	*f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* Make standard input a pipe holding text; returns the descriptor that
 * test_stdin_restore() puts back. */
static inline int
test_stdin_from(const char *text)
{
	int	 pfd[2], saved;

	assert_int_equal(pipe(pfd), 0);
	assert_int_equal(write(pfd[1], text, strlen(text)),
	    (ssize_t)strlen(text));
	close(pfd[1]);
	saved = dup(STDIN_FILENO);
	dup2(pfd[0], STDIN_FILENO);
	close(pfd[0]);
	return saved;
}

static inline void
test_stdin_restore(int saved)
{
	dup2(saved, STDIN_FILENO);
	close(saved);
}

/* Does s end with suffix? False for NULL. */
static inline int
test_ends_with(const char *s, const char *suffix)
{
	size_t	 a = s != NULL ? strlen(s) : 0, b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Stands in for each test when the C.UTF-8 locale is missing. */
static inline void
test_skip_no_utf8(void **state)
{
	(void)state;
	print_message("no C.UTF-8 locale: cannot test\n");
	skip();
}

/* Run a group of tests that need the C.UTF-8 locale, with their group
 * setup and teardown. Where the locale is missing, each test is skipped,
 * neither failed nor passed without running, and the program exits 77,
 * automake's SKIP. */
static inline int
test_run_utf8(const char *name, struct CMUnitTest *t, size_t n,
    CMFixtureFunction setup, CMFixtureFunction teardown)
{
	size_t	 i;

	if (setlocale(LC_CTYPE, "C.UTF-8") != NULL)
		return _cmocka_run_group_tests(name, t, n, setup, teardown);
	for (i = 0; i < n; i++) {
		t[i].test_func = test_skip_no_utf8;
		t[i].setup_func = t[i].teardown_func = NULL;
	}
	return _cmocka_run_group_tests(name, t, n, NULL, NULL) == 0 ? 77 : 1;
}
#define run_utf8_tests(tests, setup, teardown) \
	test_run_utf8(#tests, tests, sizeof tests / sizeof tests[0], setup, \
	    teardown)

#endif
