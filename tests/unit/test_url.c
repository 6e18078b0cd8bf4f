/* test_url.c: the parts of a URL, hosts, resolving, slugs, link kinds. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "url.h"

/* Compare a part with what it should be; want NULL: the part is
 * absent. */
static void
part_is(const struct url_part *p, const char *want, const char *what,
    const char *url)
{
	if (want == NULL) {
		if (p->s != NULL)
			fail_msg("%s of %s: \"%.*s\", want none", what, url,
			    (int)p->len, p->s);
		return;
	}
	if (p->s == NULL)
		fail_msg("%s of %s: none, want \"%s\"", what, url, want);
	if (p->len != strlen(want) || memcmp(p->s, want, p->len) != 0)
		fail_msg("%s of %s: \"%.*s\", want \"%s\"", what, url,
		    (int)p->len, p->s, want);
}

static void
test_parse(void **state)
{
	static const struct {
		const char	*url, *scheme, *user, *host, *port, *path;
		const char	*query, *fragment;
	} t[] = {
		{ "https://example.org/a/b?x=1&y#top", "https", NULL,
		    "example.org", NULL, "/a/b", "x=1&y", "top" },
		{ "http://user:pw@example.org:8080", "http", "user:pw",
		    "example.org", "8080", "", NULL, NULL },
		{ "http://a@b@example.org/", "http", "a@b", "example.org",
		    NULL, "/", NULL, NULL },
		{ "http://[2001:db8::1]:80/x", "http", NULL, "[2001:db8::1]",
		    "80", "/x", NULL, NULL },
		{ "http://u@[::1]/", "http", "u", "[::1]", NULL, "/", NULL,
		    NULL },
		{ "HTTP://Example.ORG:/?#", "HTTP", NULL, "Example.ORG", "",
		    "/", "", "" },
		{ "file:///tmp/a.html", "file", NULL, "", NULL, "/tmp/a.html",
		    NULL, NULL },
		{ "mailto:a@example.org", "mailto", NULL, NULL, NULL,
		    "a@example.org", NULL, NULL },
		{ "//cdn.example/x.js", NULL, NULL, "cdn.example", NULL,
		    "/x.js", NULL, NULL },
		{ "../a/b.html?q#f", NULL, NULL, NULL, NULL, "../a/b.html",
		    "q", "f" },
		{ "/a:b/c.html", NULL, NULL, NULL, NULL, "/a:b/c.html", NULL,
		    NULL },
		{ "1http://x", NULL, NULL, NULL, NULL, "1http://x", NULL,
		    NULL },
		{ "", NULL, NULL, NULL, NULL, "", NULL, NULL },
	};
	struct url	 u;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		url_parse(t[i].url, &u);
		part_is(&u.scheme, t[i].scheme, "scheme", t[i].url);
		part_is(&u.user, t[i].user, "user", t[i].url);
		part_is(&u.host, t[i].host, "host", t[i].url);
		part_is(&u.port, t[i].port, "port", t[i].url);
		part_is(&u.path, t[i].path, "path", t[i].url);
		part_is(&u.query, t[i].query, "query", t[i].url);
		part_is(&u.fragment, t[i].fragment, "fragment", t[i].url);
	}
	assert_int_equal(url_scheme_len("https://x"), 5);
	assert_int_equal(url_scheme_len("svn+ssh://x"), 7);
	assert_int_equal(url_scheme_len("a.b-c:"), 5);
	assert_int_equal(url_scheme_len("a b:"), 0);
	assert_int_equal(url_scheme_len("/a:b"), 0);
	assert_int_equal(url_scheme_len(""), 0);
}

static void
test_host(void **state)
{
	static const struct {
		const char	*url, *host, *site;
	} t[] = {
		{ "https://www.example.org/a", "www.example.org",
		    "example.org" },
		{ "https://WWW.Example.org:443/", "WWW.Example.org",
		    "Example.org" },
		{ "http://user:pw@www.example.org:8080/x", "www.example.org",
		    "example.org" },
		{ "http://[::1]:8000/a.html", "[::1]", "[::1]" },
		{ "http://me@[2001:db8::1]/", "[2001:db8::1]",
		    "[2001:db8::1]" },
		{ "https://example.org?q=1", "example.org", "example.org" },
		{ "https://wwwexample.org/", "wwwexample.org",
		    "wwwexample.org" },
		{ "http://www./", "www.", NULL },
		{ "http:///a", NULL, NULL },
		{ "file:///tmp/a.html", NULL, NULL },
		{ "mailto:a@example.org", NULL, NULL },
		{ "/tmp/http://x/", NULL, NULL },
		{ "example.org/a", NULL, NULL },
	};
	size_t	 i;
	char	*h;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		h = url_host(t[i].url);
		if (t[i].host == NULL && h != NULL)
			fail_msg("host of %s: %s, want none", t[i].url, h);
		if (t[i].host != NULL && (h == NULL ||
		    strcmp(h, t[i].host) != 0))
			fail_msg("host of %s: %s, want %s", t[i].url,
			    h != NULL ? h : "none", t[i].host);
		free(h);
		h = url_site(t[i].url);
		if (t[i].site == NULL && h != NULL)
			fail_msg("site of %s: %s, want none", t[i].url, h);
		if (t[i].site != NULL && (h == NULL ||
		    strcmp(h, t[i].site) != 0))
			fail_msg("site of %s: %s, want %s", t[i].url,
			    h != NULL ? h : "none", t[i].site);
		free(h);
	}
	assert_null(url_host(NULL));
	assert_null(url_site(NULL));
}

static void
test_resolve(void **state)
{
	static const struct {
		const char	*base, *href, *want;
	} t[] = {
		{ "https://a.example/b/c.html", "d.html",
		    "https://a.example/b/d.html" },
		{ "https://a.example/b/c.html", "../d.html",
		    "https://a.example/d.html" },
		{ "https://a.example/b/c.html", "/e/f",
		    "https://a.example/e/f" },
		{ "https://a.example/b/", "//cdn.example/x.js",
		    "https://cdn.example/x.js" },
		{ "https://a.example/b/c?q=1", "?q=2",
		    "https://a.example/b/c?q=2" },
		{ "https://a.example/b/c", "#top", "https://a.example/b/c#top" },
		{ "https://a.example/b/c", "http://other.example/",
		    "http://other.example/" },
		{ "https://a.example/b/", "  x y.html\n",
		    "https://a.example/b/x%20y.html" },
		{ "https://a.example/b/", "caf\xc3\xa9.html",
		    "https://a.example/b/caf%C3%A9.html" },
		{ "https://a.example/b/", "x[1]|2.html",
		    "https://a.example/b/x%5B1%5D%7C2.html" },
		{ "https://a.example/b/", "100%.html",
		    "https://a.example/b/100%25.html" },
		{ "https://a.example/b/", "%7e%41.html",
		    "https://a.example/b/~A.html" },	/* normalised */
		{ "https://a.example/b/", "mailto:x@example.org",
		    "mailto:x@example.org" },
		{ "https://a.example/b/", "", "https://a.example/b/" },
		{ NULL, "x.html", "x.html" },
		{ "", "x.html", "x.html" },
		{ "file:///home/me/saved/page.html", "page_files/a.css",
		    "file:///home/me/saved/page_files/a.css" },
	};
	size_t	 i;
	char	*r;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		r = url_resolve(t[i].base, t[i].href);
		assert_non_null(r);
		if (strcmp(r, t[i].want) != 0)
			fail_msg("%s + %s: %s, want %s", t[i].base ? t[i].base :
			    "NULL", t[i].href, r, t[i].want);
		free(r);
	}
	r = url_resolve("https://a.example/", NULL);
	assert_string_equal(r, "https://a.example/");
	free(r);
	r = url_resolve(NULL, NULL);
	assert_string_equal(r, "");
	free(r);
}

/* The examples of RFC 3986, section 5.4. */
static void
test_resolve_rfc3986(void **state)
{
	static const char *base = "http://a/b/c/d;p?q";
	static const struct {
		const char	*href, *want;
	} t[] = {
		/* 5.4.1, normal examples. */
		{ "g:h", "g:h" },
		{ "g", "http://a/b/c/g" },
		{ "./g", "http://a/b/c/g" },
		{ "g/", "http://a/b/c/g/" },
		{ "/g", "http://a/g" },
		{ "//g", "http://g" },
		{ "?y", "http://a/b/c/d;p?y" },
		{ "g?y", "http://a/b/c/g?y" },
		{ "#s", "http://a/b/c/d;p?q#s" },
		{ "g#s", "http://a/b/c/g#s" },
		{ "g?y#s", "http://a/b/c/g?y#s" },
		{ ";x", "http://a/b/c/;x" },
		{ "g;x", "http://a/b/c/g;x" },
		{ "g;x?y#s", "http://a/b/c/g;x?y#s" },
		{ "", "http://a/b/c/d;p?q" },
		{ ".", "http://a/b/c/" },
		{ "./", "http://a/b/c/" },
		{ "..", "http://a/b/" },
		{ "../", "http://a/b/" },
		{ "../g", "http://a/b/g" },
		{ "../..", "http://a/" },
		{ "../../", "http://a/" },
		{ "../../g", "http://a/g" },
		/* 5.4.2, abnormal examples. */
		{ "../../../g", "http://a/g" },
		{ "../../../../g", "http://a/g" },
		{ "/./g", "http://a/g" },
		{ "/../g", "http://a/g" },
		{ "g.", "http://a/b/c/g." },
		{ ".g", "http://a/b/c/.g" },
		{ "g..", "http://a/b/c/g.." },
		{ "..g", "http://a/b/c/..g" },
		{ "./../g", "http://a/b/g" },
		{ "./g/.", "http://a/b/c/g/" },
		{ "g/./h", "http://a/b/c/g/h" },
		{ "g/../h", "http://a/b/c/h" },
		{ "g;x=1/./y", "http://a/b/c/g;x=1/y" },
		{ "g;x=1/../y", "http://a/b/c/y" },
		{ "g?y/./x", "http://a/b/c/g?y/./x" },
		{ "g?y/../x", "http://a/b/c/g?y/../x" },
		{ "g#s/./x", "http://a/b/c/g#s/./x" },
		{ "g#s/../x", "http://a/b/c/g#s/../x" },
		{ "http:g", "http:g" },	/* the strict reading */
	};
	size_t	 i;
	char	*r;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		r = url_resolve(base, t[i].href);
		assert_non_null(r);
		if (strcmp(r, t[i].want) != 0)
			fail_msg("%s: %s, want %s", t[i].href, r, t[i].want);
		free(r);
	}
}

/* Escapes in their normal form; the base's own, and a base with a user,
 * a port or an IP literal. */
static void
test_resolve_escapes(void **state)
{
	static const struct {
		const char	*base, *href, *want;
	} t[] = {
		{ "https://a.example/b/", "x%2fy%3a%2C%e2%80%99",
		    "https://a.example/b/x%2Fy%3A%2C%E2%80%99" },
		{ "https://a.example/b/", "/l~i:keyword:2/",
		    "https://a.example/l~i:keyword:2/" },
		{ "https://a.example/b/", "#why%3F",
		    "https://a.example/b/#why%3F" },
		{ "https://a.example/b/", "?q=a%2bb&r=%7e",
		    "https://a.example/b/?q=a%2Bb&r=~" },
		{ "https://a.example/%7eme/a b.html", "c.html",
		    "https://a.example/~me/c.html" },
		{ "https://a.example/a b.html", "#x",
		    "https://a.example/a%20b.html#x" },
		{ "https://a.example/b/", "%2e%2E/c", "https://a.example/c" },
		{ "http://u:p@[::1]:8080/a/b", "../c",
		    "http://u:p@[::1]:8080/c" },
		{ "http://a.example", "b", "http://a.example/b" },
		{ "http://a.example", "?q", "http://a.example?q" },
		{ "a/b.html", "c.html", "a/c.html" },
		{ "a/b.html", "../../c.html", "../c.html" },
		{ "../a/b", "../../c", "../../c" },
		{ "a/b/", "./x/../y", "a/b/y" },
		{ "a/b", ".", "a/" },
		{ "a/b", "..", "" },
		{ "a/b", "x//y/", "a/x//y/" },
	};
	size_t	 i;
	char	*r;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		r = url_resolve(t[i].base, t[i].href);
		assert_non_null(r);
		if (strcmp(r, t[i].want) != 0)
			fail_msg("%s + %s: %s, want %s", t[i].base, t[i].href,
			    r, t[i].want);
		free(r);
	}
}

static void
test_slug(void **state)
{
	static const struct {
		const char	*url, *slug;
	} cases[] = {
		{ "https://example.org/2024/05/my-post/", "my-post" },
		{ "https://example.org/my-post", "my-post" },
		{ "https://example.org/my-post.html?x=1#top", "my-post" },
		{ "https://example.org/my-post/index.html", "my-post" },
		{ "https://example.org/my-post/index.php?p=2", "my-post" },
		{ "/tmp/mirror/example.org/my-post/index.html", "my-post" },
		{ "mirror/my-post/index", "my-post" },
		{ "samples/2024-03-04-bridge.txt", "2024-03-04-bridge" },
		{ "https://blog.example.com/2024/05/newer.html", "newer" },
		{ "file:///home/u/A-Page.HTM", "A-Page" },
		{ "report-v1.2", "report-v1.2" },
		{ "../older/", "older" },
		{ "C:\\saved\\page.html", "page" },
		{ "https://example.org/", NULL },
		{ "https://example.org", NULL },
		{ "https://example.org/index.html", NULL },
		{ "?p=123", NULL },
		{ "#top", NULL },
		{ "", NULL },
		{ "/", NULL },
		{ "./", NULL },
		{ "//example.org", NULL },
		{ "https://user@example.org:8080/a/my-post/", "my-post" },
		{ "https://[2001:db8::1]/my-post.html", "my-post" },
	};
	size_t	 i;
	char	*s;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = url_slug(cases[i].url);
		if (cases[i].slug == NULL) {
			if (s != NULL)
				fail_msg("%s: slug \"%s\"", cases[i].url, s);
		} else {
			if (s == NULL)
				fail_msg("%s: no slug", cases[i].url);
			assert_string_equal(s, cases[i].slug);
		}
		free(s);
	}
	assert_null(url_slug(NULL));
}

static void
test_kinds(void **state)
{
	size_t	 n;
	char	*p;

	(void)state;
	assert_int_equal(url_kind("https://example.org/", &n),
	    URL_WEB);
	assert_int_equal(n, 5);
	assert_int_equal(url_kind("HTTP://example.org/", NULL),
	    URL_WEB);
	assert_int_equal(url_kind("file:///tmp/a.html", NULL),
	    URL_FILE);
	assert_int_equal(url_kind("../a/b.html", &n), URL_FILE);
	assert_int_equal(n, 0);
	assert_int_equal(url_kind("/a:b/c.html", NULL), URL_FILE);
	assert_int_equal(url_kind("javascript:alert(1)", &n),
	    URL_REFUSED);
	assert_int_equal(n, 10);
	assert_int_equal(url_kind("JavaScript:x", NULL), URL_REFUSED);
	assert_int_equal(url_kind("data:text/html,x", NULL),
	    URL_REFUSED);
	assert_int_equal(url_kind("mailto:a@example.org", NULL),
	    URL_REFUSED);
	assert_int_equal(url_kind("ftp://example.org/a", &n),
	    URL_REFUSED);
	assert_int_equal(n, 3);
	assert_int_equal(url_kind("vbscript:x", NULL), URL_REFUSED);

	p = url_file_path("file:///tmp/a%20b/c.html?x#y");
	assert_string_equal(p, "/tmp/a b/c.html");
	free(p);
	p = url_file_path("FILE://localhost/tmp/c.html");
	assert_string_equal(p, "/tmp/c.html");
	free(p);
	p = url_file_path("file:/tmp/%zz%00.html");
	assert_string_equal(p, "/tmp/%zz%00.html");	/* no NUL let in */
	free(p);
	assert_null(url_file_path("file://server/share/a.html"));
	assert_null(url_file_path("file:a.html"));
	assert_null(url_file_path("https://example.org/a.html"));
	assert_null(url_file_path("/tmp/a.html"));
}

static void
test_is_web(void **state)
{
	(void)state;
	assert_true(url_is_web("https://example.org/a/"));
	assert_true(url_is_web("HTTP://example.org"));
	assert_false(url_is_web("ftp://example.org/"));
	assert_false(url_is_web("https.html"));
	assert_false(url_is_web("/tmp/http://x"));
	assert_false(url_is_web("http:x"));
	assert_int_equal(url_kind("http:x", NULL), URL_WEB);
}

/* What following a link does: by scheme, then by the path's extension. */
static void
test_follow(void **state)
{
	(void)state;
	assert_int_equal(url_follow("https://example.org/a/"),
	    URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("http://example.org/a.html?x=1#p"),
	    URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("other.html"), URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("../2024/post"), URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("file:///tmp/a.html"), URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("#part"), URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("mailto:a@example.org"),
	    URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("MAILTO:a@example.org"),
	    URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("tel:+4712345678"), URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("ftp://example.org/f"),
	    URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("https://example.org/photo.JPG"),
	    URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("https://example.org/report.pdf?dl=1"),
	    URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("media/clip.mp4"), URL_FOLLOW_BROWSER);
	assert_int_equal(url_follow("map.png#top"), URL_FOLLOW_BROWSER);
	/* A dot in a folder's name is no extension. */
	assert_int_equal(url_follow("https://example.org/v1.pdf/page"),
	    URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("https://example.org/png"),
	    URL_FOLLOW_OPEN);
	assert_int_equal(url_follow("javascript:alert(1)"), URL_FOLLOW_NEVER);
	assert_int_equal(url_follow("JavaScript:void(0)"), URL_FOLLOW_NEVER);
	assert_int_equal(url_follow("vbscript:x"), URL_FOLLOW_NEVER);
	assert_int_equal(url_follow("data:text/html,<b>x</b>"),
	    URL_FOLLOW_NEVER);
	assert_int_equal(url_follow("about:blank"), URL_FOLLOW_NEVER);
	assert_int_equal(url_follow("file://otherhost/etc/passwd"),
	    URL_FOLLOW_NEVER);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_host),
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_resolve_rfc3986),
		cmocka_unit_test(test_resolve_escapes),
		cmocka_unit_test(test_slug),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_is_web),
		cmocka_unit_test(test_follow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
