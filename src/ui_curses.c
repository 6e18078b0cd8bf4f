/* ui_curses.c: the terminal front end, and the only user of curses. The
 * pager draws each frame into a grid; this file copies the grid to the
 * screen, and turns the terminal's keys into folio's. */
#include "config.h"

#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/wait.h>

#include <curses.h>
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "grid.h"
#include "keymap.h"
#include "pager.h"
#include "theme.h"
#include "ui.h"
#include "utf8.h"
#include "wait.h"
#include "xmalloc.h"

/*
 * curses, loaded with dlopen when the screen is first set up. Linked
 * outright, libncursesw and libtinfo were mapped and relocated at every
 * start of folio, --json and --dump too, which draw nothing: half a
 * millisecond of the twelve folio takes for a page (measured over the
 * aeb-dev pages: 12.1 ms vs 11.5 ms).
 */
static struct {
	void	 *handle;
	WINDOW	**stdscr, **curscr;
	int	 *COLORS;
	int	 (*cbreak)(void);
	int	 (*clearok)(WINDOW *, bool);
	int	 (*curs_set)(int);
	int	 (*def_prog_mode)(void);
	void	 (*delscreen)(SCREEN *);
	int	 (*endwin)(void);
	int	 (*getmouse)(MEVENT *);
	bool	 (*has_colors)(void);
#ifdef NCURSES_EXT_COLORS
	int	 (*init_extended_pair)(int, int, int);
#else
	int	 (*init_pair)(short, short, short);
#endif
	int	 (*intrflush)(WINDOW *, bool);
	int	 (*keypad)(WINDOW *, bool);
	int	 (*mouseinterval)(int);
	mmask_t	 (*mousemask)(mmask_t, mmask_t *);
	SCREEN	*(*newterm)(const char *, FILE *, FILE *);
	int	 (*nodelay)(WINDOW *, bool);
	int	 (*noecho)(void);
	int	 (*nonl)(void);
	int	 (*reset_prog_mode)(void);
	int	 (*resizeterm)(int, int);
	int	 (*set_escdelay)(int);
	int	 (*setcchar)(cchar_t *, const wchar_t *, const attr_t,
		    NCURSES_PAIRS_T, const void *);
	int	 (*start_color)(void);
	char	*(*tigetstr)(const char *);
	int	 (*use_default_colors)(void);
	int	 (*wadd_wch)(WINDOW *, const cchar_t *);
	int	 (*wget_wch)(WINDOW *, wint_t *);
	int	 (*wmove)(WINDOW *, int, int);
	int	 (*wrefresh)(WINDOW *);
} nc;

/* Load curses, once; -1 with *cause set when it cannot be. */
static int
curses_load(char **cause)
{
	static const char *names[] = { "libncursesw.so.6",
	    "libncursesw.so.5", "libncursesw.so" };
	const char	*missing;
	size_t		 i;

	if (nc.handle != NULL)
		return 0;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if ((nc.handle = dlopen(names[i], RTLD_NOW)) != NULL)
			break;
	}
	if (nc.handle == NULL) {
		*cause = xstrdup("the wide-character curses library is not "
		    "installed (Debian package libncursesw6)");
		return -1;
	}
#define SYM(field) do {							\
	missing = #field;						\
	if ((*(void **)&nc.field = dlsym(nc.handle, #field)) == NULL)	\
		goto bad;						\
} while (0)
	SYM(stdscr);
	SYM(curscr);
	SYM(COLORS);
	SYM(cbreak);
	SYM(clearok);
	SYM(curs_set);
	SYM(def_prog_mode);
	SYM(delscreen);
	SYM(endwin);
	SYM(getmouse);
	SYM(has_colors);
#ifdef NCURSES_EXT_COLORS
	SYM(init_extended_pair);
#else
	SYM(init_pair);
#endif
	SYM(intrflush);
	SYM(keypad);
	SYM(mouseinterval);
	SYM(mousemask);
	SYM(newterm);
	SYM(nodelay);
	SYM(noecho);
	SYM(nonl);
	SYM(reset_prog_mode);
	SYM(resizeterm);
	SYM(set_escdelay);
	SYM(setcchar);
	SYM(start_color);
	SYM(tigetstr);
	SYM(use_default_colors);
	SYM(wadd_wch);
	SYM(wget_wch);
	SYM(wmove);
	SYM(wrefresh);
#undef SYM
	return 0;
bad:
	*cause = xasprintf("the installed curses library cannot be used "
	    "(it has no %s)", missing);
	dlclose(nc.handle);
	nc.handle = NULL;
	return -1;
}

/* From here on, the names of curses, and those curses.h's macros expand
 * to, reach the library through nc. */
#undef stdscr
#define stdscr			(*nc.stdscr)
#undef curscr
#define curscr			(*nc.curscr)
#undef COLORS
#define COLORS			(*nc.COLORS)
#define cbreak			(*nc.cbreak)
#define clearok			(*nc.clearok)
#define curs_set		(*nc.curs_set)
#define def_prog_mode		(*nc.def_prog_mode)
#define delscreen		(*nc.delscreen)
#define endwin			(*nc.endwin)
#define getmouse		(*nc.getmouse)
#define has_colors		(*nc.has_colors)
#ifdef NCURSES_EXT_COLORS
#define init_extended_pair	(*nc.init_extended_pair)
#else
#define init_pair		(*nc.init_pair)
#endif
#define intrflush		(*nc.intrflush)
#define keypad			(*nc.keypad)
#define mouseinterval		(*nc.mouseinterval)
#define mousemask		(*nc.mousemask)
#define newterm			(*nc.newterm)
#define nodelay			(*nc.nodelay)
#define noecho			(*nc.noecho)
#define nonl			(*nc.nonl)
#define reset_prog_mode		(*nc.reset_prog_mode)
#define resizeterm		(*nc.resizeterm)
#define set_escdelay		(*nc.set_escdelay)
#define setcchar		(*nc.setcchar)
#define start_color		(*nc.start_color)
#define tigetstr		(*nc.tigetstr)
#define use_default_colors	(*nc.use_default_colors)
#define wadd_wch		(*nc.wadd_wch)
#define wget_wch		(*nc.wget_wch)
#define wmove			(*nc.wmove)
#define wrefresh		(*nc.wrefresh)

static SCREEN	*screen;
static FILE	*tty_in;

static void
ui_cleanup(void)
{
	if (screen != NULL) {
		endwin();
		delscreen(screen);
		screen = NULL;
	}
	if (tty_in != NULL) {
		fclose(tty_in);
		tty_in = NULL;
	}
}

static attr_t	 role_attr[ROLE_COUNT];
static bool	 colors;

static attr_t
attrs(unsigned a)
{
	attr_t	 r = A_NORMAL;

	if (a & ATTR_BOLD)
		r |= A_BOLD;
	if (a & ATTR_DIM)
		r |= A_DIM;
	if (a & ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & ATTR_REVERSE)
		r |= A_REVERSE;
#ifdef A_ITALIC
	if (a & ATTR_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

/* The theme as this terminal shows it: its colours fitted to the
 * terminal's (none on a terminal without colours, such as a vt100; the
 * colours themselves on one of direct colour, such as xterm-direct). */
static void
setup_colors(const struct theme *theme)
{
	struct theme	 t = *theme;	/* t.name is not ours */
	int		 i;

	colors = has_colors() && start_color() == OK;
	if (colors)
		use_default_colors();
	theme_fit_colors(&t, colors ? COLORS : 0);
	for (i = 0; i < ROLE_COUNT; i++) {
		const struct style *s = &t.role[i];

		role_attr[i] = attrs(s->attr);
		if (!colors)
			continue;
#ifdef NCURSES_EXT_COLORS
		/* Direct colours are numbers beyond a short. */
		init_extended_pair(i + 1, s->fg, s->bg);
#else
		init_pair((short)(i + 1), (short)s->fg, (short)s->bg);
#endif
	}
}

/* Copy the grid to the screen. */
static void
blit(const struct grid *g)
{
	int	 y, x;
	cchar_t	 cc;
	wchar_t	 wc[CCHARW_MAX + 1];

	for (y = 0; y < g->h; y++) {
		for (x = 0; x < g->w; x++) {
			const struct cell *c = &g->cells[y * g->w + x];
			size_t	 i = 0, n = 0, len = strlen(c->ch);
			uint32_t cp;
			attr_t	 a;
			unsigned role = c->role < ROLE_COUNT ? c->role : 0;

			if (c->width == 0 && len == 0)
				continue;	/* right half of a wide char */
			while (i < len && n < CCHARW_MAX) {
				i += utf8_decode(c->ch + i, len - i, &cp);
				if (utf8_is_control(cp))
					cp = UTF8_REPLACEMENT;
				wc[n++] = (wchar_t)cp;
			}
			if (n == 0)
				wc[n++] = L' ';
			wc[n] = L'\0';
			a = role_attr[role] | attrs(c->attr);
			setcchar(&cc, wc, a, colors ? (short)(role + 1) : 0,
			    NULL);
			mvadd_wch(y, x, &cc);
		}
	}
	if (g->cursor_y >= 0 && g->cursor_x >= 0) {
		move(g->cursor_y, g->cursor_x);
		curs_set(1);
	} else
		curs_set(0);
}

/* Where the last click was (KEY_F_CLICK). */
static int	 click_y, click_x;

static int
translate(int r, wint_t wch)
{
	MEVENT	 ev;

	if (r == OK)
		return wch == '\n' ? '\r' : (int)wch;
	switch (wch) {
	case KEY_UP:
		return KEY_F_UP;
	case KEY_DOWN:
		return KEY_F_DOWN;
	case KEY_LEFT:
		return KEY_F_LEFT;
	case KEY_RIGHT:
		return KEY_F_RIGHT;
	case KEY_PPAGE:
		return KEY_F_PGUP;
	case KEY_NPAGE:
		return KEY_F_PGDN;
	case KEY_HOME:
		return KEY_F_HOME;
	case KEY_END:
		return KEY_F_END;
	case KEY_BACKSPACE:
		return KEY_F_BACKSPACE;
	case KEY_ENTER:
		return KEY_F_ENTER;
	case KEY_BTAB:
		return KEY_F_BTAB;
	case KEY_RESIZE:
		return KEY_F_RESIZE;
	case KEY_MOUSE:
		if (getmouse(&ev) != OK)
			return -1;
		if (ev.bstate & BUTTON4_PRESSED)
			return KEY_F_WHEEL_UP;
		if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
			click_y = ev.y;
			click_x = ev.x;
			return KEY_F_CLICK;
		}
#ifdef BUTTON5_PRESSED
		if (ev.bstate & BUTTON5_PRESSED)
			return KEY_F_WHEEL_DOWN;
#endif
		return -1;
	}
	if (wch >= KEY_F(1) && wch <= KEY_F(12))
		return KEY_F_F1 + (int)(wch - KEY_F(1));
	return -1;
}

/* OSC 52: ask the terminal to put text on the clipboard. */
static void
osc52(const char *s)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *u = (const unsigned char *)s;
	size_t	 n = strlen(s), i;

	fputs("\033]52;c;", stdout);
	for (i = 0; i + 2 < n; i += 3) {
		putchar(b64[u[i] >> 2]);
		putchar(b64[((u[i] & 3) << 4) | (u[i + 1] >> 4)]);
		putchar(b64[((u[i + 1] & 15) << 2) | (u[i + 2] >> 6)]);
		putchar(b64[u[i + 2] & 63]);
	}
	if (n - i == 1) {
		putchar(b64[u[i] >> 2]);
		putchar(b64[(u[i] & 3) << 4]);
		fputs("==", stdout);
	} else if (n - i == 2) {
		putchar(b64[u[i] >> 2]);
		putchar(b64[((u[i] & 3) << 4) | (u[i + 1] >> 4)]);
		putchar(b64[(u[i + 1] & 15) << 2]);
		putchar('=');
	}
	fputs("\a", stdout);
	fflush(stdout);
}

/*
 * Keys, resizes, ^C and transfers: the one wait. SIGWINCH and SIGINT are
 * blocked but while waiting in pselect(), so that neither can slip in
 * between a check and the wait; the wait also ends when a transfer has
 * something to do, or the status line something to count (pager_wait()).
 */

static volatile sig_atomic_t	 got_winch, got_int;
static sigset_t			 wait_mask;	/* SIGWINCH, SIGINT unblocked */
static sigset_t			 saved_mask;
static struct sigaction		 saved_winch, saved_int;

static void
on_winch(int sig)
{
	(void)sig;
	got_winch = 1;
}

static void
on_int(int sig)
{
	(void)sig;
	got_int = 1;
}

static void
signals_setup(void)
{
	struct sigaction	 sa;
	sigset_t		 block;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_winch;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGWINCH, &sa, &saved_winch);
	sa.sa_handler = on_int;
	sigaction(SIGINT, &sa, &saved_int);
	sigemptyset(&block);
	sigaddset(&block, SIGWINCH);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &saved_mask);
	wait_mask = saved_mask;
	sigdelset(&wait_mask, SIGWINCH);
	sigdelset(&wait_mask, SIGINT);
}

static void
signals_restore(void)
{
	sigaction(SIGWINCH, &saved_winch, NULL);
	sigaction(SIGINT, &saved_int, NULL);
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
}

#define WAIT_RESIZE	(-2)	/* the terminal's size changed */
#define WAIT_TICK	(-3)	/* no key: transfers or time */
#define WAIT_INTERRUPT	(-4)	/* ^C */

/* The next key (get_wch's result and *wch), or one of WAIT_*, or ERR
 * when the terminal is gone. */
static int
wait_input(const struct pager *p, int fd, wint_t *wch)
{
	struct wait	 w;
	struct timespec	 ts;
	int		 r, idle = 0;

	for (;;) {
		if (got_int) {
			got_int = 0;
			return WAIT_INTERRUPT;
		}
		if (got_winch)
			return WAIT_RESIZE;
		/* Keys curses or the terminal already hold come first. */
		nodelay(stdscr, TRUE);
		r = get_wch(wch);
		nodelay(stdscr, FALSE);
		if (r != ERR)
			return r;
		wait_init(&w);
		wait_read(&w, fd);
		pager_wait(p, &w);
		if (pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), &wait_mask) == -1) {
			if (errno == EINTR)
				continue;
			return ERR;
		}
		if (!FD_ISSET(fd, &w.rd))
			return WAIT_TICK;
		/* Readable, yet no key, again and again: end of input. */
		if (++idle > 100)
			return ERR;
	}
}

/* Take in the terminal's new size, after SIGWINCH. resizeterm() also
 * queues a KEY_RESIZE, which then finds the size unchanged. */
static void
take_size(int *h, int *w)
{
	struct winsize	 ws;

	got_winch = 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && (ws.ws_row != *h || ws.ws_col != *w))
		resizeterm(ws.ws_row, ws.ws_col);
	getmaxyx(stdscr, *h, *w);
	clearok(curscr, TRUE);
}

/* The reader's browser: $BROWSER, else the first of the usual ones on
 * the PATH; NULL if none. */
static char *
find_browser(void)
{
	static const char *known[] = { "xdg-open", "sensible-browser",
	    "x-www-browser", "www-browser", NULL };
	const char	*env = getenv("BROWSER"), *path, *end;
	char		*dir, *try;
	size_t		 i;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if ((path = getenv("PATH")) == NULL)
		return NULL;
	for (i = 0; known[i] != NULL; i++) {
		const char *p = path;

		for (; *p != '\0'; p = *end ? end + 1 : end) {
			end = p + strcspn(p, ":");
			dir = xstrndup(p, (size_t)(end - p));
			try = xasprintf("%s/%s", *dir ? dir : ".", known[i]);
			free(dir);
			if (access(try, X_OK) == 0) {
				free(try);
				return xstrdup(known[i]);
			}
			free(try);
		}
	}
	return NULL;
}

/*
 * The commands to try for a browser, as argument vectors, never through a
 * shell: $BROWSER is a list of commands separated by ':' (the usual
 * convention), each split into words at blanks; a word "%s" is the URL,
 * else the URL is added as the last word. The URL is always one argument
 * of its own, whatever it holds. Returns a NULL-terminated list of
 * NULL-terminated vectors, all of it freed by free_commands().
 */
static char ***
browser_commands(const char *browser, const char *url)
{
	char	***cmds, **argv, *copy, *cmd, *next, *w, *save;
	size_t	 ncmd = 0, n;
	int	 had_url;

	copy = xstrdup(browser);
	cmds = xcalloc(strlen(browser) + 2, sizeof *cmds);
	for (cmd = copy; cmd != NULL; cmd = next) {
		if ((next = strchr(cmd, ':')) != NULL)
			*next++ = '\0';
		argv = xcalloc(strlen(cmd) / 2 + 3, sizeof *argv);
		n = 0;
		had_url = 0;
		for (w = strtok_r(cmd, " \t", &save); w != NULL;
		    w = strtok_r(NULL, " \t", &save)) {
			if (strcmp(w, "%s") == 0) {
				argv[n++] = xstrdup(url);
				had_url = 1;
			} else
				argv[n++] = xstrdup(w);
		}
		if (n == 0) {
			free(argv);
			continue;
		}
		if (!had_url)
			argv[n++] = xstrdup(url);
		argv[n] = NULL;
		cmds[ncmd++] = argv;
	}
	cmds[ncmd] = NULL;
	free(copy);
	return cmds;
}

static void
free_commands(char ***cmds)
{
	size_t	 i, j;

	for (i = 0; cmds[i] != NULL; i++) {
		for (j = 0; cmds[i][j] != NULL; j++)
			free(cmds[i][j]);
		free(cmds[i]);
	}
	free(cmds);
}

/* Open a URL in the browser, giving it the terminal while it runs. */
static void
open_url(struct pager *p, const char *url)
{
	char		*browser = find_browser(), *msg, ***cmds;
	struct sigaction ign, sint;
	pid_t		 pid;
	int	 status = 0;
	size_t	 i;

	if (browser == NULL) {
		pager_message(p, true, "no browser found: set $BROWSER");
		return;
	}
	cmds = browser_commands(browser, url);
	def_prog_mode();
	endwin();
	/* A ^C typed in the browser is the browser's: folio ignores it
	 * (which also drops one pending) until the browser is done. */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &sint);
	if ((pid = fork()) == 0) {
		sigaction(SIGINT, &saved_int, NULL);
		sigprocmask(SIG_SETMASK, &saved_mask, NULL);
		for (i = 0; cmds[i] != NULL; i++)
			execvp(cmds[i][0], cmds[i]);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
	sigaction(SIGINT, &sint, NULL);
	reset_prog_mode();
	clearok(curscr, TRUE);
	if (pid == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		if (pid != -1 && WIFEXITED(status) &&
		    WEXITSTATUS(status) == 127 && cmds[0] != NULL &&
		    cmds[1] == NULL)
			msg = xasprintf("%s: no such program (set "
			    "$BROWSER)", cmds[0][0]);
		else
			msg = xasprintf("%s could not open %s", browser, url);
		pager_message(p, true, msg);
		free(msg);
	}
	free_commands(cmds);
	free(browser);
}

int
ui_run(struct pager *p, const struct theme *t, char **cause)
{
	struct grid	*g;
	FILE		*in = stdin;
	wint_t		 wch;
	int		 r, key, h, w, nh, nw;
	char		*clip, *cup;

	if (!isatty(STDOUT_FILENO)) {
		*cause = xstrdup("standard output is not a terminal");
		return -1;
	}
	if (!isatty(STDIN_FILENO)) {
		/* The article came on standard input: keys come from the
		 * terminal itself. */
		if ((tty_in = fopen("/dev/tty", "r")) == NULL) {
			*cause = xasprintf("/dev/tty: %s", strerror(errno));
			return -1;
		}
		in = tty_in;
	}
	if (curses_load(cause) == -1) {
		ui_cleanup();
		return -1;
	}
	if ((screen = newterm(NULL, stdout, in)) == NULL) {
		/* Not in the terminal database: as a terminal that cannot
		 * move its cursor, the article as text. */
		*cause = xasprintf("this terminal (TERM=%s) is not known "
		    "here", getenv("TERM") != NULL ? getenv("TERM") : "");
		ui_cleanup();
		return UI_NO_CURSOR;
	}
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		*cause = xasprintf("this terminal (TERM=%s) cannot move its "
		    "cursor", getenv("TERM") != NULL ? getenv("TERM") : "");
		ui_cleanup();
		return UI_NO_CURSOR;
	}
	die_set_cleanup(ui_cleanup);
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	/* With "mouse off", the terminal keeps its mouse for selecting. */
	if (pager_mouse(p)) {
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		    | BUTTON5_PRESSED
#endif
		    , NULL);
		mouseinterval(0);
	}
	setup_colors(t);

	signals_setup();
	getmaxyx(stdscr, h, w);
	pager_resize(p, w, h);
	g = grid_new(w, h);
	for (;;) {
		pager_draw(p, g);
		blit(g);
		refresh();
		if ((clip = pager_take_clipboard(p)) != NULL) {
			osc52(clip);
			free(clip);
		}
		if ((clip = pager_take_open(p)) != NULL) {
			open_url(p, clip);
			free(clip);
			continue;	/* draw again, with any message */
		}
		r = wait_input(p, fileno(in), &wch);
		if (r == ERR)
			break;		/* the terminal is gone */
		if (r == WAIT_TICK) {
			if (!pager_run(p))
				break;
			continue;
		}
		if (r == WAIT_INTERRUPT) {
			if (!pager_key(p, 3) || !pager_run(p))
				break;
			continue;
		}
		if (r == WAIT_RESIZE) {
			take_size(&h, &w);
			pager_resize(p, w, h);
			continue;
		}
		if (r == KEY_CODE_YES && wch == KEY_RESIZE) {
			getmaxyx(stdscr, nh, nw);
			if (nh != h || nw != w) {
				h = nh;
				w = nw;
				clearok(curscr, TRUE);
				pager_resize(p, w, h);
			}
			continue;
		}
		if ((key = translate(r, wch)) == -1)
			continue;
		if (key == 12)		/* ^L: a clean repaint */
			clearok(curscr, TRUE);
		if ((key == KEY_F_CLICK ? !pager_click(p, click_y, click_x) :
		    !pager_key(p, key)) || !pager_run(p))
			break;
	}
	signals_restore();
	grid_free(g);
	die_set_cleanup(NULL);
	ui_cleanup();
	return 0;
}
