/* test_html.c: bytes -> tree: sniffing, charsets, the page's own URL,
 * resolving links, and the tree itself: implied end tags, nesting, text,
 * attributes, the depth bound, broken and empty pages. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <iconv.h>
#include <unistd.h>

#include "buf.h"
#include "html.h"
#include "tags.h"
#include "testutil.h"

/* The next node after n in document order, within top. */
static const struct hnode *
walk(const struct hnode *n, const struct hnode *top)
{
	if (hnode_first(n) != NULL)
		return hnode_first(n);
	while (n != top && hnode_next(n) == NULL)
		n = hnode_parent(n);
	return n == top ? NULL : hnode_next(n);
}

/* The first element called name, or NULL. */
static const struct hnode *
elem_of(struct html *h, const char *name)
{
	const struct hnode *root = html_root(h), *n;

	for (n = root; n != NULL; n = walk(n, root))
		if (hnode_is_element(n) && strcmp(hnode_name(n), name) == 0)
			return n;
	return NULL;
}

/* The text under the first element called name, all of it joined, in a
 * static buffer. */
static const char *
text_of(struct html *h, const char *name)
{
	static char	 out[1024];
	const struct hnode *top = elem_of(h, name), *n;
	size_t		 len = 0;

	if (top == NULL)
		return NULL;
	out[0] = '\0';
	for (n = top; n != NULL && len < sizeof out; n = walk(n, top))
		if (hnode_is_text(n))
			len += (size_t)snprintf(out + len, sizeof out - len,
			    "%s", hnode_text(n));
	return out;
}

static struct html *
parse_file(const char *name, const char *ctype, const char *from)
{
	size_t		 len;
	char		*data = test_read(name, &len);
	struct html	*h = html_parse(data, len, ctype, from);

	free(data);
	assert_non_null(h);
	assert_non_null(h->tree);
	return h;
}

static struct html *
parse_str(const char *s, const char *from)
{
	struct html	*h = html_parse(s, strlen(s), NULL, from);

	assert_non_null(h);
	assert_non_null(h->tree);
	return h;
}

static void
test_sniff(void **state)
{
	(void)state;
	assert_true(html_sniff("<!DOCTYPE html><html></html>", 28));
	assert_true(html_sniff("\xef\xbb\xbf \n<!doctype HTML>", 21));
	assert_true(html_sniff("  <HTML lang=en>", 16));
	assert_true(html_sniff("<!-- saved from url=(0014)about:internet -->",
	    44));
	assert_true(html_sniff("Some text\n<p>and a paragraph</p>", 32));
	assert_true(html_sniff("<div class=x>hi</div>", 21));
	assert_false(html_sniff("", 0));
	assert_false(html_sniff("   \n", 4));
	assert_false(html_sniff("A plain title\n\nBy Someone\n\nText with "
	    "a < b and c > d.\n", 53));
	assert_false(html_sniff("Prev Post\nThe older one\n", 24));
}

static void
test_charset_meta_windows1252(void **state)
{
	struct html	*h = parse_file("html/cp1252.html", NULL, NULL);

	(void)state;
	assert_string_equal(h->charset, "windows-1252");
	assert_string_equal(text_of(h, "title"), "Caf\xc3\xa9 prices");
	assert_string_equal(text_of(h, "p"), "The caf\xc3\xa9 on the quay said "
	    "\xe2\x80\x9cno\xe2\x80\x9d to a price rise \xe2\x80\x93 for now "
	    "\xe2\x80\xa6 and kept its \xe2\x82\xac 2 tea.");
	html_free(h);
}

static void
test_charset_latin1_means_windows1252(void **state)
{
	struct html	*h = parse_file("html/latin1.html", NULL, NULL);

	(void)state;
	/* ISO-8859-1 is read as windows-1252, as browsers do: 0x96 is an
	 * en dash, not a C1 control. */
	assert_string_equal(h->charset, "windows-1252");
	assert_string_equal(text_of(h, "p"), "Gr\xc3\xbc\xc3\x9f" "e aus "
	    "K\xc3\xb6ln \xe2\x80\x93 sch\xc3\xb6ne Gr\xc3\xbc\xc3\x9f" "e.");
	html_free(h);
}

static void
test_charset_bom_wins(void **state)
{
	struct html	*h = parse_file("html/bom.html", NULL, NULL);

	(void)state;
	/* The page says iso-8859-1 but starts with a UTF-8 BOM. */
	assert_string_equal(h->charset, "UTF-8");
	assert_string_equal(text_of(h, "p"),
	    "A na\xc3\xafve caf\xc3\xa9 \xe2\x80\x94 with a BOM.");
	html_free(h);
}

static void
test_charset_utf16_bom(void **state)
{
	static const char page[] = "\xff\xfe<\0p\0>\0\xe9\0<\0/\0p\0>\0";
	struct html	*h = html_parse(page, sizeof page - 1, NULL, NULL);

	(void)state;
	assert_string_equal(h->charset, "UTF-16LE");
	assert_string_equal(text_of(h, "p"), "\xc3\xa9");
	html_free(h);
}

static void
test_charset_none_invalid_utf8(void **state)
{
	struct html	*h = parse_file("html/nocharset.html", NULL, NULL);

	(void)state;
	/* No charset, bytes that are not UTF-8: each invalid byte is read
	 * as windows-1252, the valid UTF-8 around them stays. */
	assert_string_equal(text_of(h, "p"), "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9"
	    "e \xe2\x80\x9cquoted\xe2\x80\x9d and caf\xc3\xa9 in UTF-8.");
	html_free(h);
}

static void
test_charset_utf8_with_a_bad_byte(void **state)
{
	struct html	*h = parse_file("html/badutf8.html", NULL, NULL);

	(void)state;
	/* libxml2 alone reads everything after the bad byte as Latin-1. */
	assert_string_equal(text_of(h, "p"), "First caf\xc3\xa9, then a stray "
	    "\xc3\xa9 byte, then caf\xc3\xa9 again.");
	html_free(h);
}

static void
test_charset_http_header(void **state)
{
	static const char page[] = "<html><head><meta charset=utf-8></head>"
	    "<body><p>caf\xe9</p></body></html>";
	struct html	*h;

	(void)state;
	h = html_parse(page, sizeof page - 1, "text/html; charset=\"ISO-8859-1\"",
	    NULL);
	assert_string_equal(h->charset, "windows-1252");
	assert_string_equal(text_of(h, "p"), "caf\xc3\xa9");
	html_free(h);
}

static void
test_charset_resaved_as_utf8(void **state)
{
	/* A page saved again as UTF-8 keeps its old <meta>. */
	static const char page[] = "<html><head><meta charset=gb2312></head>"
	    "<body><p>\xe6\x96\xb0\xe9\x97\xbb caf\xc3\xa9</p></body></html>";
	struct html	*h = html_parse(page, sizeof page - 1, NULL, NULL);

	(void)state;
	assert_string_equal(h->charset, "UTF-8");
	assert_string_equal(text_of(h, "p"), "\xe6\x96\xb0\xe9\x97\xbb "
	    "caf\xc3\xa9");
	html_free(h);
}

static void
test_charset_other(void **state)
{
	static const char page[] = "<html><head><meta charset=\"koi8-r\">"
	    "</head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>";
	struct html	*h = html_parse(page, sizeof page - 1, NULL, NULL);

	(void)state;
	assert_string_equal(h->charset, "koi8-r");
	assert_string_equal(text_of(h, "p"),
	    "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82");
	html_free(h);
}

/* s (UTF-8) in charset cs, written into out (NUL-terminated); its
 * length. */
static size_t
encode(const char *cs, const char *s, char *out, size_t size)
{
	iconv_t	 cd = iconv_open(cs, "UTF-8");
	char	*in = (char *)s, *o = out;
	size_t	 inleft = strlen(s), outleft = size - 1;

	if (cd == (iconv_t)-1)
		fail_msg("iconv cannot write %s", cs);
	if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1)
		fail_msg("%s cannot hold \"%s\"", cs, s);
	iconv_close(cd);
	*o = '\0';
	return (size_t)(o - out);
}

static void
test_charset_families(void **state)
{
	static const struct {
		const char	*label;		/* as the page names it */
		const char	*name;		/* as h->charset says it */
		const char	*text;		/* in UTF-8 */
	} t[] = {
		{ "iso-8859-2", "iso-8859-2",
		    "\xc5\x81\xc3\xb3" "d\xc5\xba: \xc5\xbc\xc3\xb3\xc5\x82w "
		    "na pla\xc5\xbcy" },
		{ "ISO-8859-15", "ISO-8859-15", "\xe2\x82\xac 5, \xc5\x93uvre "
		    "\xc5\xa0umava" },
		{ "iso-8859-7", "iso-8859-7",
		    "\xce\xba\xce\xb1\xce\xbb\xce\xb7\xce\xbc\xce\xad"
		    "\xcf\x81\xce\xb1" },
		{ "windows-1251", "windows-1251",
		    "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, "
		    "\xd0\xbc\xd0\xb8\xd1\x80" },
		{ "Shift_JIS", "Shift_JIS",
		    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae"
		    "\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88" },
		{ "gb2312", "gb2312",
		    "\xe4\xb8\xad\xe6\x96\x87\xe7\xbd\x91\xe9\xa1\xb5"
		    "\xe7\x9a\x84\xe6\x96\x87\xe5\xad\x97" },
		{ "GBK", "GBK", "\xe4\xb8\xad\xe6\x96\x87\xe7\xb6\xb2\xe9"
		    "\xa0\x81" },
		{ "EUC-JP", "EUC-JP", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa"
		    "\x9e" },
		{ "Big5", "Big5", "\xe4\xb8\xad\xe6\x96\x87\xe7\xb6\xb2"
		    "\xe9\xa0\x81" },
	};
	char		 enc[256], page[1024];
	size_t		 i, k, len;
	struct html	*h;
	int		 n;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		encode(t[i].label, t[i].text, enc, sizeof enc);
		/* The three ways a page names its charset, and the HTTP
		 * header (k == 3). */
		for (k = 0; k <= 3; k++) {
			char meta[256] = "";

			if (k == 0)
				snprintf(meta, sizeof meta, "<meta charset="
				    "\"%s\">", t[i].label);
			else if (k == 1)
				snprintf(meta, sizeof meta, "<meta http-equiv="
				    "\"Content-Type\" content=\"text/html; "
				    "charset=%s\">", t[i].label);
			else if (k == 2)
				snprintf(meta, sizeof meta, "<meta content="
				    "\"text/html; charset=%s\" http-equiv="
				    "content-type>", t[i].label);
			n = snprintf(page, sizeof page, "<html><head>%s<title>"
			    "%s</title></head><body><p>%s</p></body></html>",
			    meta, enc, enc);
			len = (size_t)n;
			if (k < 3)
				h = html_parse(page, len, NULL, NULL);
			else {
				char ct[64];

				snprintf(ct, sizeof ct, "text/html; charset=%s",
				    t[i].label);
				h = html_parse(page, len, ct, NULL);
			}
			if (strcasecmp(h->charset, t[i].name) != 0 ||
			    strcmp(text_of(h, "p"), t[i].text) != 0)
				fail_msg("%s, form %zu: read as %s: \"%s\"",
				    t[i].label, k, h->charset, text_of(h, "p"));
			assert_string_equal(text_of(h, "title"), t[i].text);
			html_free(h);
		}
	}
}

static void
test_charset_unknown_or_wrong(void **state)
{
	static const char unknown[] = "<html><head><meta charset=\"x-nonesuch\">"
	    "</head><body><p>caf\xe9</p></body></html>";
	static const char wrong[] = "<html><head><meta charset=\"shift_jis\">"
	    "</head><body><p>one \xff\xfe two</p><p>three</p></body></html>";
	struct html	*h;

	(void)state;
	h = html_parse(unknown, sizeof unknown - 1, NULL, NULL);
	assert_string_equal(h->charset, "UTF-8");
	assert_string_equal(text_of(h, "p"), "caf\xc3\xa9");
	html_free(h);
	/* Bytes that the named charset cannot decode: libxml2 would stop
	 * there; the page is read again as UTF-8 with the fallback. */
	h = html_parse(wrong, sizeof wrong - 1, NULL, NULL);
	assert_string_equal(h->charset, "UTF-8");
	assert_string_equal(text_of(h, "p"), "one \xc3\xbf\xc3\xbe two");
	assert_string_equal(text_of(h, "body"),
	    "one \xc3\xbf\xc3\xbe twothree");
	html_free(h);
}

static void
test_parse_prints_nothing(void **state)
{
	static const char wrong[] = "<html><head><meta charset=\"gb2312\">"
	    "</head><body><p>\x80\x80\xff one</p></body></html>";
	FILE		*tmp = tmpfile();
	struct html	*h;
	int		 saved;
	long		 size;

	(void)state;
	assert_non_null(tmp);
	fflush(stderr);
	saved = dup(2);
	assert_true(saved >= 0);
	assert_true(dup2(fileno(tmp), 2) >= 0);
	h = html_parse(wrong, sizeof wrong - 1, NULL, NULL);
	html_free(h);
	h = html_parse("<p>a</b></i></div><<<>>>&#xffffff;", 34, NULL, NULL);
	html_free(h);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	fseek(tmp, 0, SEEK_END);
	size = ftell(tmp);
	fclose(tmp);
	assert_int_equal(size, 0);
}

/* Numeric references to 128-159 are windows-1252's characters, as
 * browsers read them; its five unassigned ones stay controls (which doc.c
 * drops), and so do the C1 controls of other numbers. */
static void
test_c1_references(void **state)
{
	struct html	*h;

	(void)state;
	h = parse_str("<html><head><title>Don&#146;t Panic</title></head>"
	    "<body><p>&#147;Never&#148; &#8212; it costs &#128;5 &#150; or "
	    "&#x99;.</p><div><b><i>Deep&#133;</i></b></div>"
	    "<pre>&#129;&#157;</pre></body></html>", NULL);
	assert_string_equal(text_of(h, "title"), "Don\xe2\x80\x99t Panic");
	assert_string_equal(text_of(h, "p"), "\xe2\x80\x9cNever\xe2\x80\x9d "
	    "\xe2\x80\x94 it costs \xe2\x82\xac" "5 \xe2\x80\x93 or "
	    "\xe2\x84\xa2.");
	assert_string_equal(text_of(h, "i"), "Deep\xe2\x80\xa6");
	assert_string_equal(text_of(h, "pre"), "\xc2\x81\xc2\x9d");
	html_free(h);
}

static void
test_parse_never_null(void **state)
{
	static const char binary[] = "\x00\x01\x02\xff\xfe\x00<\x00p";
	struct html	*h;

	(void)state;
	h = html_parse(NULL, 0, NULL, NULL);
	assert_non_null(h);
	assert_non_null(h->tree);
	assert_null(h->url);
	html_free(h);
	h = html_parse("", 0, NULL, "https://example.org/a");
	assert_non_null(h->tree);
	assert_string_equal(h->url, "https://example.org/a");
	html_free(h);
	h = html_parse(binary, sizeof binary - 1, NULL, NULL);
	assert_non_null(h->tree);
	html_free(h);
	html_free(NULL);
}

static void
test_url_rules(void **state)
{
	struct html	*h;

	(void)state;
	/* <base href> first. */
	h = parse_str("<html><head><base href=\"https://a.example/dir/\">"
	    "<link rel=canonical href=\"https://b.example/post\">"
	    "<meta property=og:url content=\"https://c.example/x\">"
	    "</head><body>x</body></html>", "https://d.example/");
	assert_string_equal(h->url, "https://a.example/dir/");
	html_free(h);
	/* A relative base is resolved against the page's URL. */
	h = parse_str("<html><head><base href=\"../media/\">"
	    "<link rel=\"canonical\" href=\"https://b.example/news/post.html\">"
	    "</head><body>x</body></html>", NULL);
	assert_string_equal(h->url, "https://b.example/media/");
	html_free(h);
	/* Then the canonical link, then og:url. */
	h = parse_str("<html><head>"
	    "<meta property=og:url content=\"https://c.example/x\">"
	    "<link rel=\"alternate canonical\" href=\" https://b.example/post \">"
	    "</head><body>x</body></html>", "file:///home/me/post.html");
	assert_string_equal(h->url, "https://b.example/post");
	assert_string_equal(h->canonical, "https://b.example/post");
	html_free(h);
	h = parse_str("<html><head>"
	    "<meta property=og:url content=\"https://c.example/x\">"
	    "</head><body>x</body></html>", NULL);
	assert_string_equal(h->url, "https://c.example/x");
	html_free(h);
	/* A page fetched from the web: its links are relative to where it
	 * came from, whatever address it gives itself, and <base href> to
	 * that; the address it gives itself is its canonical one. */
	h = parse_str("<html><head>"
	    "<link rel=canonical href=\"https://b.example/2024/a/\">"
	    "</head><body>x</body></html>", "http://127.0.0.1:8000/a.html");
	assert_string_equal(h->url, "http://127.0.0.1:8000/a.html");
	assert_string_equal(h->canonical, "https://b.example/2024/a/");
	html_free(h);
	h = parse_str("<html><head><base href=\"posts/\">"
	    "<link rel=canonical href=\"https://b.example/2024/a/\">"
	    "</head><body>x</body></html>", "https://mirror.example/x/a.html");
	assert_string_equal(h->url, "https://mirror.example/x/posts/");
	assert_string_equal(h->canonical, "https://b.example/2024/a/");
	html_free(h);
	/* Then the comment a browser writes when it saves a page; its
	 * number is the URL's length. */
	h = parse_str("<!DOCTYPE html>\n<!-- saved from url=(0031)"
	    "https://e.example/2024/03/post/ -->\n<html><head><title>t</title>"
	    "</head><body>x</body></html>", "file:///home/me/post.html");
	assert_string_equal(h->url, "https://e.example/2024/03/post/");
	html_free(h);
	/* Then where the bytes came from. */
	h = parse_str("<html><body>x</body></html>", "https://f.example/p");
	assert_string_equal(h->url, "https://f.example/p");
	html_free(h);
	h = parse_str("<html><body>x</body></html>", NULL);
	assert_null(h->url);
	html_free(h);
	/* A relative canonical URL is relative to where the page came
	 * from. */
	h = parse_str("<html><head><link rel=canonical href=\"/a/b\"></head>"
	    "<body>x</body></html>", "https://g.example/c/d");
	assert_string_equal(h->canonical, "https://g.example/a/b");
	assert_string_equal(h->url, "https://g.example/c/d");
	html_free(h);
	/* A URL folio never follows (javascript:, data:, ...) is not the
	 * page's: the next rule gives it. */
	h = parse_str("<html><head><base href=\"javascript:alert(1)//\">"
	    "<link rel=canonical href=\"data:text/html,x\">"
	    "<meta property=og:url content=\"https://c.example/x\">"
	    "</head><body>x</body></html>", "https://d.example/");
	assert_string_equal(h->canonical, "https://c.example/x");
	assert_string_equal(h->url, "https://d.example/");
	html_free(h);
	h = parse_str("<html><head><base href=\"javascript:alert(1)//\">"
	    "<link rel=canonical href=\"data:text/html,x\">"
	    "<meta property=og:url content=\"https://c.example/x\">"
	    "</head><body>x</body></html>", NULL);
	assert_string_equal(h->url, "https://c.example/x");
	html_free(h);
	h = parse_str("<!-- saved from url=(0019)javascript:alert(1) -->\n"
	    "<html><head><meta property=og:url content=\"mailto:a@b.example\">"
	    "</head><body>x</body></html>", "https://f.example/p");
	assert_string_equal(h->url, "https://f.example/p");
	html_free(h);
}

/* The tree keeps the attributes folio reads, with their values, and
 * leaves out the others. */
static void
test_attrs(void **state)
{
	static const char *const kept[] = {
		"aria-hidden", "class", "content", "datetime", "hidden",
		"href", "http-equiv", "id", "itemprop", "lang", "name",
		"property", "rel", "role", "start", "style", "title", "type",
		"value", "xml:lang"
	};
	struct html	*h;
	const struct hnode *n;
	char		 page[2048], v[64];
	size_t		 i, len;

	(void)state;
	len = (size_t)snprintf(page, sizeof page, "<html><body><p "
	    "data-x=\"1\" onclick=\"f()\" width=3");
	for (i = 0; i < sizeof kept / sizeof kept[0]; i++)
		len += (size_t)snprintf(page + len, sizeof page - len,
		    " %s=\"v-%s &amp; w\"", kept[i], kept[i]);
	snprintf(page + len, sizeof page - len, ">x</p><div hidden "
	    "class></div></body></html>");
	h = parse_str(page, NULL);
	assert_non_null(n = elem_of(h, "p"));
	for (i = 0; i < sizeof kept / sizeof kept[0]; i++) {
		snprintf(v, sizeof v, "v-%s & w", kept[i]);
		assert_string_equal(html_attr(n, kept[i]), v);
	}
	assert_null(html_attr(n, "data-x"));
	assert_null(html_attr(n, "onclick"));
	assert_null(html_attr(n, "width"));
	/* Attributes without a value read as "". */
	assert_non_null(n = elem_of(h, "div"));
	assert_string_equal(html_attr(n, "hidden"), "");
	assert_string_equal(html_attr(n, "class"), "");
	html_free(h);
}

/* html_attr_next() gives an element's attributes in order. */
static void
test_attr_next(void **state)
{
	static const char page[] = "<html><body><p id=\"x\" data-y=1 "
	    "class=\"a b\" hidden title=\"t\">x</p><br></body></html>";
	const char	*want[] = { "id", "x", "class", "a b", "hidden", "",
	    "title", "t" };
	struct html	*h;
	const struct hnode *n;
	const void	*it;
	const char	*name, *value;
	size_t		 i;

	(void)state;
	h = parse_str(page, NULL);
	n = elem_of(h, "p");
	assert_non_null(n);
	assert_string_equal(hnode_name(n), "p");
	it = NULL;
	for (i = 0; (name = html_attr_next(n, &it, &value)) != NULL; i += 2) {
		assert_true(i < sizeof want / sizeof want[0]);
		assert_string_equal(name, want[i]);
		assert_string_equal(value, want[i + 1]);
	}
	assert_int_equal(i, sizeof want / sizeof want[0]);
	assert_string_equal(html_attr(n, "title"), "t");
	assert_null(html_attr(n, "data-x"));
	/* No attributes at all. */
	it = NULL;
	assert_null(html_attr_next(hnode_first(n), &it, &value));
	assert_null(html_attr_next(hnode_next(n), &it, &value));
	html_free(h);
}

/* The children of the first element called name, as a string: an
 * element as its name, a text as its content in quotes. */
static const char *
children_of(struct html *h, const char *name)
{
	static char	 out[512];
	const struct hnode *n, *c;
	size_t		 len = 0;

	out[0] = '\0';
	if ((n = elem_of(h, name)) == NULL)
		return NULL;
	for (c = hnode_first(n); c != NULL && len < sizeof out;
	    c = hnode_next(c))
		len += (size_t)snprintf(out + len, sizeof out - len, "%s%s",
		    len > 0 ? "," : "", c->type == HNODE_ELEMENT ?
		    hnode_name(c) : c->type == HNODE_TEXT ? "text" :
		    c->type == HNODE_CDATA ? "cdata" : "other");
	return out;
}

/* White space between blocks is not kept; white space beside inline
 * elements, in <pre> and <textarea>, or with other text is. */
static void
test_space_between_blocks(void **state)
{
	struct html	*h;

	(void)state;
	h = parse_str("<html><body><div id=a>\n  <p>one</p>\n<p>two</p>\r\n"
	    "\t<ul>\n<li>x</li> <li>y</li></ul>\n<h2>h</h2></div>"
	    "<div id=b><b>one</b> <i>two</i> <p>three</p> x <p>four</p>"
	    "</div><pre> <div>a</div>\n<div>b</div></pre>"
	    "<textarea>\n</textarea><div>\n<p>five</p></div>"
	    "</body></html>", NULL);
	assert_string_equal(children_of(h, "div"), "p,p,ul,h2");
	assert_string_equal(children_of(h, "ul"), "li,li");
	assert_string_equal(text_of(h, "ul"), "xy");
	/* A space after inline text, and text beside blocks, stay. */
	assert_string_equal(children_of(h, "b"), "text");
	assert_string_equal(text_of(h, "pre"), " a\nb");
	assert_string_equal(children_of(h, "textarea"), "text");
	html_free(h);

	h = parse_str("<html><body><p><b>one</b> <i>two</i></p>"
	    "<section><b>x</b> <p>y</p> z <p>w</p></section>"
	    "</body></html>", NULL);
	assert_string_equal(children_of(h, "p"), "b,text,i");
	assert_string_equal(children_of(h, "section"), "b,text,p,text,p");
	html_free(h);
}

/* Every link of the tree agrees with the others: a child's parent is the
 * node whose children it is among, next and prev mirror each other.
 * Returns the number of nodes reached from the document. */
static size_t
check_links(const struct html *h)
{
	const struct hnode *n, *c, *prev;
	size_t		 count = 0;

	assert_non_null(h->tree);
	assert_int_equal(h->tree->type, HNODE_DOC);
	assert_null(hnode_parent(h->tree));
	for (n = h->tree; n != NULL; n = walk(n, h->tree)) {
		count++;
		assert_true(count <= h->nnodes);
		prev = NULL;
		for (c = hnode_first(n); c != NULL; c = hnode_next(c)) {
			assert_ptr_equal(hnode_parent(c), n);
			assert_ptr_equal(hnode_prev(c), prev);
			prev = c;
		}
		if (hnode_is_element(n))
			assert_non_null(hnode_name(n));
		if (hnode_is_text(n))
			assert_non_null(hnode_text(n));
	}
	return count;
}

/* An element's children as elem_of() and children_of() see them, the
 * text as it reads. */
static void
test_tree_shape(void **state)
{
	struct html	*h;

	(void)state;
	/* html, head and body are implied; <p> ends at the next block,
	 * <li> at the next <li>, both at the end of their parent. */
	h = parse_str("<title>T</title><p>one<p>two<ul><li>a<li>b</ul>"
	    "<div><p>three</div>", NULL);
	check_links(h);
	assert_string_equal(hnode_name(html_root(h)), "html");
	assert_string_equal(children_of(h, "html"), "head,body");
	assert_string_equal(children_of(h, "head"), "title");
	assert_string_equal(children_of(h, "body"), "p,p,ul,div");
	assert_string_equal(children_of(h, "ul"), "li,li");
	assert_string_equal(children_of(h, "div"), "p");
	assert_string_equal(text_of(h, "body"), "onetwoabthree");
	assert_int_equal(elem_of(h, "ul")->tag, TAG_UL);
	assert_true(elem_of(h, "div")->props & TAG_IS_BLOCK);
	html_free(h);

	/* Text with entities and markup across it is one node; a comment
	 * splits it. */
	h = parse_str("<html><body><p>a &amp; b&#x20;c<!-- x -->d"
	    "<b>e</b>f<?pi x?>g</p></body></html>", NULL);
	check_links(h);
	assert_string_equal(children_of(h, "p"),
	    "text,other,text,b,text,other,text");
	assert_string_equal(hnode_text(hnode_first(elem_of(h, "p"))),
	    "a & b c");
	/* Comments keep no text, but in <title>. */
	assert_null(hnode_text(hnode_next(hnode_first(elem_of(h, "p")))));
	html_free(h);
	h = parse_str("<html><head><title>A<!--B-->C</title></head></html>",
	    NULL);
	assert_string_equal(children_of(h, "title"), "text,other,text");
	assert_string_equal(hnode_text(hnode_next(hnode_first(
	    elem_of(h, "title")))), "B");
	html_free(h);

	/* Scripts keep their text when it is JSON, styles never. */
	h = parse_str("<html><head><script type=\"application/ld+json\">"
	    "{\"a\": \"<b>\"}</script><script>var x = 1;</script>"
	    "<style>p { }</style></head><body></body></html>", NULL);
	check_links(h);
	assert_string_equal(children_of(h, "script"), "cdata");
	assert_string_equal(text_of(h, "script"), "{\"a\": \"<b>\"}");
	assert_string_equal(children_of(h, "style"), "");
	html_free(h);
}

/* Broken markup, an empty page, a page of text alone: a tree, always. */
static void
test_tree_broken(void **state)
{
	static const char *const pages[] = {
		"", " ", "just text", "<", "</p></div>", "<p <b>x</b>",
		"<div class=\"a", "<html><body></body></html><p>after</p>",
		"<!DOCTYPE html><html></html><div>late</div>",
		"<!-- c --><p>x</p></html><span>y</span>",
		"<table><tr><td>a<td>b</table><b><i>c</b>d</i>",
		"<p>a<!DOCTYPE html>b</p>", "<html><html><body><body>x",
		"<?xml version=\"1.0\"?><p>x", "<select><option>a<option>b"
	};
	struct html	*h;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		h = parse_str(pages[i], NULL);
		check_links(h);
		assert_false(h->too_deep);
		html_free(h);
	}
	h = parse_str("", NULL);
	assert_null(html_root(h));
	assert_int_equal(h->nnodes, 1);
	html_free(h);
	/* A start tag after the root closes goes in it; after a doctype,
	 * beside it, as libxml2 puts them. */
	h = parse_str("<html><body></body></html><p>after</p>", NULL);
	assert_non_null(elem_of(h, "p"));
	assert_null(hnode_next(html_root(h)));
	html_free(h);
	h = parse_str("<!DOCTYPE html><p>x</p></html><div>late</div>", NULL);
	assert_int_equal(hnode_first(h->tree)->type, HNODE_OTHER);
	html_free(h);
}

/* Elements nested deeper than HTML_MAX_DEPTH end the parse: what came
 * before is kept. */
static void
test_tree_too_deep(void **state)
{
	struct buf	 b = BUF_INIT;
	struct html	*h;
	const struct hnode *n;
	size_t		 i, depth = 0;

	(void)state;
	buf_adds(&b, "<html><body><p>before</p>");
	for (i = 0; i < HTML_MAX_DEPTH + 10; i++)
		buf_adds(&b, "<div>");
	buf_adds(&b, "deep");
	h = html_parse(b.data, b.len, NULL, NULL);
	assert_true(h->too_deep);
	check_links(h);
	assert_string_equal(text_of(h, "p"), "before");
	for (n = elem_of(h, "div"); n != NULL; n = hnode_first(n))
		depth++;
	assert_true(depth > 9000 && depth < HTML_MAX_DEPTH);
	html_free(h);
	buf_free(&b);

	/* Deep, but not too deep. */
	h = parse_file("hostile.html", NULL, NULL);
	check_links(h);
	html_free(h);
}

/* A text of megabytes is one node, whole. */
static void
test_tree_huge_text(void **state)
{
	struct buf	 b = BUF_INIT;
	struct html	*h;
	const struct hnode *p;
	size_t		 i, n = 3 << 20;

	(void)state;
	buf_adds(&b, "<html><body><p>");
	for (i = 0; i < n; i++)
		buf_addc(&b, "ab &"[i % 4]);
	buf_adds(&b, "</p><p>x</p></body></html>");
	h = html_parse(b.data, b.len, NULL, NULL);
	check_links(h);
	p = elem_of(h, "p");
	assert_string_equal(children_of(h, "p"), "text");
	assert_int_equal(strlen(hnode_text(hnode_first(p))), n);
	assert_string_equal(hnode_text(hnode_first(hnode_next(p))), "x");
	html_free(h);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_charset_meta_windows1252),
		cmocka_unit_test(test_charset_latin1_means_windows1252),
		cmocka_unit_test(test_charset_bom_wins),
		cmocka_unit_test(test_charset_utf16_bom),
		cmocka_unit_test(test_charset_none_invalid_utf8),
		cmocka_unit_test(test_charset_utf8_with_a_bad_byte),
		cmocka_unit_test(test_charset_http_header),
		cmocka_unit_test(test_charset_resaved_as_utf8),
		cmocka_unit_test(test_charset_other),
		cmocka_unit_test(test_charset_families),
		cmocka_unit_test(test_charset_unknown_or_wrong),
		cmocka_unit_test(test_parse_prints_nothing),
		cmocka_unit_test(test_c1_references),
		cmocka_unit_test(test_parse_never_null),
		cmocka_unit_test(test_url_rules),
		cmocka_unit_test(test_attrs),
		cmocka_unit_test(test_attr_next),
		cmocka_unit_test(test_space_between_blocks),
		cmocka_unit_test(test_tree_shape),
		cmocka_unit_test(test_tree_broken),
		cmocka_unit_test(test_tree_too_deep),
		cmocka_unit_test(test_tree_huge_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
