/* main.c: arguments, modes and wiring. */
#include "config.h"

#include <sys/ioctl.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "doc.h"
#include "feeds.h"
#include "fetch.h"
#include "file.h"
#include "folder.h"
#include "html.h"
#include "keymap.h"
#include "library.h"
#include "listing.h"
#include "nav.h"
#include "output.h"
#include "pager.h"
#include "settings.h"
#include "store.h"
#include "subs.h"
#include "theme.h"
#include "ui.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

enum mode {
	MODE_READ,
	MODE_DUMP,
	MODE_JSON
};

static const char usage_text[] =
"usage: folio [options] [FILE | FOLDER | FEED | URL | -]\n"
"\n"
"Read a news or blog article in the terminal: the article itself, the\n"
"names and figures it mentions, and its own Prev/Next links; a feed as\n"
"its entries, each opened in full.\n"
"With no argument, folio reads standard input when it is not a terminal,\n"
"else opens the feeds subscribed to when there are any, else the sample\n"
"articles.\n"
"\n"
"  --dump            print the article as wrapped text\n"
"  --links           with --dump, number the links and list them at the end\n"
"  --json            print the article and its names and figures as JSON\n"
"  --raw             take the input as plain body text, byte for byte\n"
"  --width N         wrap --dump at N columns (0: no wrapping)\n"
"  --max-size SIZE   refuse inputs larger than SIZE (default 64M)\n"
"  --color[=WHEN]    highlight names and figures in --dump: auto, always,\n"
"                    never (default auto)\n"
"  --theme NAME      a theme by name or path (default, light, mono,\n"
"                    high-contrast)\n"
"  --library         the reading library as an index, the last read first\n"
"  --search QUERY    the articles read that hold every word of QUERY\n"
"  --forget TARGET   remove an article (a file or URL) from the library\n"
"  --feeds           the feeds subscribed to ($XDG_CONFIG_HOME/folio/feeds)\n"
"  --refresh         fetch every feed subscribed to into the library\n"
"  --import-opml FILE  add the feeds of an OPML file to the feeds file\n"
"  --export-opml     print the feeds file as OPML\n"
"  --no-library      remember nothing: the library is neither read nor\n"
"                    written\n"
"  -h, --help        show this help\n"
"  -V, --version     show the version\n"
"\n"
"Keys: j/k scroll, ]/[ next/previous post, h/L back/forward, f/F links,\n"
"e names, # figures, s side panel, / ? search, Esc stop loading, H help,\n"
"q up a level, Q quit. See folio(1).\n";

static void
usage(FILE *f)
{
	fputs(usage_text, f);
}

static noreturn void usage_error(const char *, ...) FOLIO_PRINTF(1, 2);

static void
usage_error(const char *fmt, ...)
{
	va_list	 ap;

	fputs("folio: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'folio --help' for more.\n", stderr);
	exit(2);
}

/* The folder of the running program, or NULL. */
static char *
exe_dir(void)
{
	char	 buf[PATH_MAX];
	ssize_t	 n;
	char	*slash;

	if ((n = readlink("/proc/self/exe", buf, sizeof buf - 1)) <= 0)
		return NULL;
	buf[n] = '\0';
	if ((slash = strrchr(buf, '/')) == NULL)
		return NULL;
	*slash = '\0';
	return xstrdup(buf);
}

/* A data folder (samples, themes): beside an uninstalled binary (in the
 * source tree), else installed, else the source tree it was built from. */
static char *
data_dir(const char *name)
{
	char	*exe = exe_dir(), *p;

	if (exe != NULL) {
		p = xasprintf("%s/../%s", exe, name);
		free(exe);
		if (folder_is_dir(p)) {
			char *real = realpath(p, NULL);

			if (real != NULL) {
				free(p);
				p = real;
			}
			return p;
		}
		free(p);
	}
	p = xasprintf("%s/%s", PKGDATADIR, name);
	if (folder_is_dir(p))
		return p;
	free(p);
#ifdef SOURCE_DIR
	p = xasprintf("%s/%s", SOURCE_DIR, name);
	if (folder_is_dir(p))
		return p;
	free(p);
#endif
	return NULL;
}

static int
parse_width(const char *s)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || n < 0 || n > 10000)
		usage_error("--width: '%s' is not a width (0 to 10000)", s);
	return (int)n;
}

/* A size: bytes, or with K, M or G (KiB, MiB, GiB); 1 byte to 1 GiB. */
static size_t
parse_size(const char *s)
{
	char		*end;
	unsigned long	 n;
	size_t		 unit = 1;

	errno = 0;
	n = strtoul(s, &end, 10);
	if (*end == 'k' || *end == 'K')
		unit = 1024;
	else if (*end == 'm' || *end == 'M')
		unit = 1024 * 1024;
	else if (*end == 'g' || *end == 'G')
		unit = 1024 * 1024 * 1024;
	if (unit != 1)
		end++;
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 || n == 0 ||
	    n > (1024ul * 1024 * 1024) / unit)
		usage_error("--max-size: '%s' is not a size (1 to 1G; K, M "
		    "and G are KiB, MiB and GiB)", s);
	return (size_t)n * unit;
}

static int
terminal_width(void)
{
	struct winsize	 ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* A folder's index without a terminal. */
static void
print_index(const struct listing *l, enum mode mode)
{
	size_t	 i;

	if (mode == MODE_JSON) {
		fputs("{\"folder\":", stdout);
		output_json_string(stdout, l->dir);
		fputs(",\"articles\":[", stdout);
		for (i = 0; i < l->n; i++) {
			fputs(i ? ",{\"title\":" : "{\"title\":", stdout);
			output_json_string(stdout, l->entries[i].title);
			fputs(",\"date\":", stdout);
			output_json_string(stdout, l->entries[i].date);
			fputs(",\"url\":", stdout);
			output_json_string(stdout, l->entries[i].url);
			fputs(",\"file\":", stdout);
			output_json_string(stdout, l->entries[i].path);
			fputc('}', stdout);
		}
		fputs("]}\n", stdout);
		return;
	}
	/* A title may be a file name: names are shown clean. */
	for (i = 0; i < l->n; i++) {
		char *title = utf8_clean(l->entries[i].title,
		    strlen(l->entries[i].title), UTF8_CLEAN_LINE, NULL);
		char *file = utf8_clean(l->entries[i].path,
		    strlen(l->entries[i].path), UTF8_CLEAN_LINE, NULL);

		printf("%-10s  %s  (%s)\n",
		    l->entries[i].date ? l->entries[i].date : "",
		    title, file);
		free(title);
		free(file);
	}
}

/* True when the feeds file lists a feed. */
static bool
have_feeds(void)
{
	struct subs	 s;
	char		*path = subs_path(), *cause = NULL;
	bool		 any;

	if (path == NULL)
		return false;
	any = subs_read(&s, path, &cause) == 0 && s.n > 0;
	free(cause);
	subs_free(&s);
	free(path);
	return any;
}

/* A terminal that cannot move its cursor: none named, or "dumb". */
static bool
dumb_terminal(void)
{
	const char	*t = getenv("TERM");

	return t == NULL || *t == '\0' || strcmp(t, "dumb") == 0;
}

/* An article, or a folder's index, without a terminal. */
static int
print_target(const char *path, enum mode mode, unsigned flags, int width,
    bool color, bool links)
{
	struct nav_page	 pg;
	char		*cause = NULL;
	const char	*name = strcmp(path, "-") == 0 ? "standard input" :
			    path;

	if (nav_load(path, flags, &pg, &cause) == -1) {
		fprintf(stderr, "folio: %s: %s\n", name, cause);
		free(cause);
		return 1;
	}
	if (pg.listing != NULL && pg.listing->kind != LISTING_FOLDER) {
		struct store *st = library_open_existing();

		if (pg.listing->note != NULL)
			fprintf(stderr, "folio: %s: %s\n", name,
			    pg.listing->note);
		feeds_print(stdout, pg.listing, mode == MODE_JSON, st);
		store_close(st);
	} else if (pg.listing != NULL)
		print_index(pg.listing, mode);
	else {
		if (pg.article->doc->notice != NULL)
			fprintf(stderr, "folio: %s: %s\n", name,
			    pg.article->doc->notice);
		if (mode == MODE_JSON)
			output_json(stdout, pg.article);
		else if (links)
			output_dump_links(stdout, pg.article, width, color);
		else
			output_dump(stdout, pg.article, width, color);
	}
	nav_page_clear(&pg);
	return 0;
}

static int
read_interactive(const char *path, unsigned flags, const char *theme_name,
    int width, bool library)
{
	struct store		*st = NULL;
	char			*libwarn = NULL;
	struct pager_opts	 o;
	struct pager		*p;
	struct keymap		*km;
	struct settings		 set;
	struct theme		 t;
	char			*cause = NULL, *themes, *confdir = NULL, *conf;
	char			*warning = NULL, *theme_warning = NULL;
	const char		*dirs[4];
	const char		*nc, *why, *failed;
	size_t			 nd = 0, i, nwarn;
	int			 r = 0, opened, ur = 0;

	/* What is wrong in the configuration is told, on standard error
	 * (seen when the screen is given back) and on the status line, and
	 * folio goes on without it. */
	km = keymap_new();
	settings_init(&set);
	if ((conf = settings_path()) != NULL &&
	    settings_load(&set, km, conf, &cause) == -1) {
		warning = xasprintf("%s: %s", conf, cause);
		fprintf(stderr, "folio: %s\n", warning);
		free(cause);
	}
	for (i = 0; i < set.nwarnings; i++)
		fprintf(stderr, "folio: %s\n", set.warnings[i]);

	memset(&t, 0, sizeof t);
	theme_init_default(&t);
	if ((confdir = file_config_path("themes")) != NULL)
		dirs[nd++] = confdir;
	if ((themes = data_dir("themes")) != NULL)
		dirs[nd++] = themes;
	dirs[nd] = NULL;
	if (theme_name != NULL &&
	    theme_load(&t, theme_name, dirs, &cause) == -1) {
		/* Asked for on the command line: an error. */
		fprintf(stderr, "folio: theme %s: %s\n", theme_name, cause);
		free(cause);
		r = 1;
	} else if (theme_name == NULL && set.theme != NULL &&
	    theme_load(&t, set.theme, dirs, &cause) == -1) {
		/* Named in the configuration: a warning, with where it is
		 * named on standard error. */
		fprintf(stderr, "folio: %s:%d: %s\n", conf, set.theme_line,
		    cause);
		theme_warning = cause;
	}
	/* The status line gives the first, and counts the others. */
	nwarn = set.nwarnings + (theme_warning != NULL);
	if (warning == NULL && nwarn > 0) {
		const char *first = set.nwarnings > 0 ? set.warnings[0] :
		    theme_warning;

		warning = nwarn == 1 ? xstrdup(first) : xasprintf("%s (and "
		    "%zu more)", first, nwarn - 1);
	}
	free(theme_warning);
	free(conf);
	free(themes);
	free(confdir);
	if (r == 0 && (nc = getenv("NO_COLOR")) != NULL && *nc != '\0')
		theme_strip_colors(&t);
	/* The library: never with --raw, --no-library or "library off";
	 * one that cannot be opened is a warning. */
	if (r == 0 && library && set.library && !(flags & NAV_RAW) &&
	    (st = library_open(&libwarn)) == NULL && libwarn != NULL) {
		fprintf(stderr, "folio: %s\n", libwarn);
		if (warning == NULL) {
			warning = libwarn;
			libwarn = NULL;
		}
		free(libwarn);
	}

	if (r == 0) {
		memset(&o, 0, sizeof o);
		o.keymap = km;
		o.nav_flags = flags;
		/* --width over the configuration's. */
		o.max_width = width > 0 ? width : set.width;
		o.panel = set.panel;
		o.panel_auto = !set.panel_set;
		o.names = set.names;
		o.mouse = set.mouse;
		o.accents = set.accents;
		o.figures = set.figures;
		o.panel_left = set.panel_left;
		o.library = st;
		p = pager_new(&o);
		/* A URL loads with the screen up. */
		opened = pager_open(p, path, &cause);
		if (opened == -1) {
			fprintf(stderr, "folio: %s: %s\n",
			    strcmp(path, "-") == 0 ? "standard input" :
			    strcmp(path, NAV_LIBRARY) == 0 ? "the library" :
			    strcmp(path, NAV_FEEDS) == 0 ? "the feeds" :
			    path, cause);
			free(cause);
			r = 1;
		} else if (warning != NULL)
			pager_message(p, true, warning);
		if (r == 0 && (ur = ui_run(p, &t, &cause)) == UI_NO_CURSOR) {
			/* The article as text, as --dump gives it. */
			fprintf(stderr, "folio: %s: the article follows as "
			    "text\n", cause);
			free(cause);
			r = UI_NO_CURSOR;
		} else if (r == 0 && ur == -1) {
			fprintf(stderr, "folio: %s\n", cause);
			free(cause);
			r = 1;
		} else if (r == 0 && pager_interrupted(p))
			r = 130;
		else if (r == 0 && (why = pager_failure(p, &failed)) != NULL) {
			/* The first page did not open. */
			fprintf(stderr, "folio: %s: %s\n", failed, why);
			r = 1;
		}
		pager_free(p);
	}
	store_close(st);
	free(warning);
	settings_free(&set);
	keymap_free(km);
	theme_free(&t);
	return r;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dump", no_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "links", no_argument, NULL, 'l' },
		{ "raw", no_argument, NULL, 'r' },
		{ "width", required_argument, NULL, 'w' },
		{ "max-size", required_argument, NULL, 'm' },
		{ "color", optional_argument, NULL, 'c' },
		{ "colour", optional_argument, NULL, 'c' },
		{ "theme", required_argument, NULL, 't' },
		{ "library", no_argument, NULL, 'L' },
		{ "search", required_argument, NULL, 's' },
		{ "forget", required_argument, NULL, 'f' },
		{ "no-library", no_argument, NULL, 'n' },
		{ "feeds", no_argument, NULL, 'F' },
		{ "refresh", no_argument, NULL, 'R' },
		{ "import-opml", required_argument, NULL, 'I' },
		{ "export-opml", no_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	enum mode	 mode = MODE_READ;
	unsigned	 flags = 0;
	int		 ch, width = -1, color = -1, r;
	bool		 links = false;
	const char	*theme_name = NULL, *path, *query = NULL;
	const char	*forgotten = NULL;
	char		*samples = NULL;
	bool		 library = true, show_library = false;
	bool		 show_feeds = false, refresh = false, export = false;
	const char	*import = NULL;

	utf8_setlocale();
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			mode = MODE_DUMP;
			break;
		case 'j':
			mode = MODE_JSON;
			break;
		case 'l':
			links = true;
			break;
		case 'r':
			flags |= NAV_RAW;
			break;
		case 'w':
			width = parse_width(optarg);
			break;
		case 'm':
			fetch_set_max(parse_size(optarg));
			break;
		case 'c':
			if (optarg == NULL || strcmp(optarg, "always") == 0)
				color = 1;
			else if (strcmp(optarg, "never") == 0)
				color = 0;
			else if (strcmp(optarg, "auto") == 0)
				color = -1;
			else
				usage_error("--color: '%s' is not auto, always "
				    "or never", optarg);
			break;
		case 't':
			theme_name = optarg;
			break;
		case 'L':
			show_library = true;
			break;
		case 's':
			query = optarg;
			break;
		case 'f':
			forgotten = optarg;
			break;
		case 'n':
			library = false;
			break;
		case 'F':
			show_feeds = true;
			break;
		case 'R':
			refresh = true;
			break;
		case 'I':
			import = optarg;
			break;
		case 'E':
			export = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			return 0;
		case ':':
			usage_error("%s needs a value", argv[optind - 1]);
			break;
		default:
			usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (argc - optind > 1)
		usage_error("one article or folder at a time ('%s' is one "
		    "too many)", argv[optind + 1]);
	if (show_library + (query != NULL) + (forgotten != NULL) +
	    show_feeds + refresh + (import != NULL) + export > 1)
		usage_error("one of --library, --search, --forget, --feeds, "
		    "--refresh, --import-opml and --export-opml at a time");
	if (refresh && !library)
		usage_error("--no-library leaves the library alone, and "
		    "--refresh fetches the feeds into it");
	if ((show_feeds || refresh || import != NULL || export) &&
	    optind < argc)
		usage_error("no article with --feeds, --refresh, --import-opml "
		    "or --export-opml ('%s')", argv[optind]);
	if (refresh)
		return feeds_refresh();
	if (import != NULL)
		return feeds_import_opml(import);
	if (export)
		return feeds_export_opml();
	if (show_feeds && (mode != MODE_READ || !isatty(STDOUT_FILENO)))
		return feeds_list(mode == MODE_JSON);
	if (show_library || query != NULL || forgotten != NULL) {
		if (!library)
			usage_error("--no-library leaves the library alone: "
			    "no --library, --search or --forget with it");
		if (optind < argc)
			usage_error("no article with --library, --search or "
			    "--forget ('%s')", argv[optind]);
		if (forgotten != NULL && strcmp(forgotten, "-") == 0)
			usage_error("--forget: standard input is never in the "
			    "library");
	}
	if (forgotten != NULL)
		return library_forget(forgotten);
	if (query != NULL)
		return library_search(query, mode == MODE_JSON);
	if (show_library && (mode != MODE_READ || !isatty(STDOUT_FILENO)))
		return library_print(mode == MODE_JSON);

	if (show_library)
		path = NAV_LIBRARY;
	else if (show_feeds)
		path = NAV_FEEDS;
	else if (optind < argc)
		path = argv[optind];
	else if (!isatty(STDIN_FILENO))
		path = "-";
	else if (have_feeds())
		path = NAV_FEEDS;
	else {
		if ((samples = data_dir("samples")) == NULL) {
			fprintf(stderr, "folio: the sample articles are not "
			    "installed (%s/samples)\n", PKGDATADIR);
			return 1;
		}
		path = samples;
	}

	if (mode == MODE_READ && !isatty(STDOUT_FILENO))
		mode = MODE_DUMP;
	if (links && mode == MODE_READ)
		usage_error("--links numbers the links of --dump: on the "
		    "screen, f and F do");
	if (mode == MODE_READ && dumb_terminal()) {
		fprintf(stderr, "folio: this terminal (TERM=%s) cannot show "
		    "the reader: the article follows as text\n",
		    getenv("TERM") != NULL ? getenv("TERM") : "");
		mode = MODE_DUMP;
	}
	if (mode == MODE_READ &&
	    (r = read_interactive(path, flags, theme_name, width, library)) ==
	    UI_NO_CURSOR) {
		mode = MODE_DUMP;
		if (color < 0)
			color = 0;	/* nor, likely, colours */
	}
	if (mode != MODE_READ) {
		if (width < 0)
			width = isatty(STDOUT_FILENO) ? terminal_width() : 80;
		if (color < 0)
			color = isatty(STDOUT_FILENO) &&
			    (getenv("NO_COLOR") == NULL ||
			    *getenv("NO_COLOR") == '\0') &&
			    (getenv("TERM") == NULL ||
			    strcmp(getenv("TERM"), "dumb") != 0);
		r = print_target(path, mode, flags, width, color != 0, links);
	}
	free(samples);
	nav_cleanup();
	html_cleanup();
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "folio: standard output: %s\n",
		    strerror(errno));
		r = 1;
	}
	return r;
}
