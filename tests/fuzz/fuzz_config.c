/* fuzz_config.c: the configuration file and key bindings. The input is
 * read as a configuration file (settings_load), its first two lines are
 * bound as a key and an action (keymap_bind), and its first four bytes
 * are a key to name and parse back. Either a line is taken, or it is
 * refused with a message fit for a terminal and nothing changed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "keymap.h"
#include "settings.h"
#include "utf8.h"
#include "xmalloc.h"

/* A file of our own for settings_load(), written anew for each input
 * and removed at exit. */
static char	*path;

static void
remove_path(void)
{
	if (path != NULL)
		unlink(path);
	free(path);
	path = NULL;
}

static void
check_cause(const char *cause, const char *what)
{
	FUZZ_CHECK(cause != NULL, "%s: an error without a cause", what);
	fuzz_check_clean(cause, strlen(cause), "", what);
}

static void
check_settings(const uint8_t *data, size_t size)
{
	struct settings	 s;
	struct keymap	*km;
	char		*cause = NULL;
	FILE		*f;
	int		 fd, rc;

	if (path == NULL) {
		path = xstrdup("/tmp/fuzz_config.XXXXXX");
		if ((fd = mkstemp(path)) == -1)
			fuzz_fail(__FILE__, __LINE__, "mkstemp failed");
		close(fd);
		atexit(remove_path);
	}
	if ((f = fopen(path, "wb")) == NULL ||
	    fwrite(data, 1, size, f) != size || fclose(f) != 0)
		fuzz_fail(__FILE__, __LINE__, "cannot write %s", path);

	settings_init(&s);
	km = keymap_new();
	rc = settings_load(&s, km, path, &cause);
	FUZZ_CHECK(rc == 0 || rc == -1, "settings_load returned %d", rc);
	if (rc == -1) {
		check_cause(cause, "settings cause");
		FUZZ_CHECK(strncmp(cause, "line ", 5) == 0,
		    "settings cause without a line: %s", cause);
		free(cause);
	} else {
		FUZZ_CHECK(cause == NULL, "a cause without an error");
		FUZZ_CHECK(s.width >= 20 && s.width <= 1000, "width %d",
		    s.width);
	}
	settings_free(&s);
	keymap_free(km);
}

static void
check_bind(const char *text, size_t size)
{
	struct keymap	*km = keymap_new();
	char		*key, *action, *cause = NULL, buf[64];
	const char	*nl;
	size_t		 n;
	enum action	 a;
	int		 k, rc;

	nl = memchr(text, '\n', size);
	n = nl != NULL ? (size_t)(nl - text) : size;
	key = xstrndup(text, n);
	action = nl != NULL ? xstrndup(nl + 1, size - n - 1) : xstrdup("");
	if ((nl = strchr(action, '\n')) != NULL)
		action[nl - action] = '\0';
	rc = keymap_bind(km, key, action, &cause);
	if (rc == -1)
		check_cause(cause, "keymap cause");
	else {
		FUZZ_CHECK(rc == 0 && cause == NULL, "keymap_bind: %d", rc);
		k = keymap_key_parse(key);
		a = keymap_action_parse(action);
		FUZZ_CHECK(k >= 0 && a != ACT_COUNT, "bound what cannot be");
		FUZZ_CHECK(keymap_lookup(km, k) == a,
		    "\"%s\" bound to %d, looks up %d", key, (int)a,
		    (int)keymap_lookup(km, k));
		/* What shows the bindings shows clean text, cut whole. */
		keymap_keys_for(km, a, buf, 5);
		fuzz_check_clean(buf, strlen(buf), "", "keys for");
		FUZZ_CHECK(strlen(buf) < 5, "keymap_keys_for overran");
	}
	free(cause);
	free(key);
	free(action);
	keymap_free(km);
}

static void
check_key_name(const uint8_t *data, size_t size)
{
	char		 buf[16];
	const char	*name;
	uint32_t	 v;
	int		 key, back;

	if (size < 4)
		return;
	memcpy(&v, data, 4);
	key = (int)(v % (KEY_F_LAST + 16)) - 8;
	name = keymap_key_name(key, buf);
	FUZZ_CHECK(name == buf && strlen(buf) < sizeof buf, "key name");
	fuzz_check_clean(buf, strlen(buf), "", "key name");
	/* A character that is shown as itself parses back to itself. */
	if (key > ' ' && key < 0x110000 && !utf8_is_control((uint32_t)key) &&
	    !(key >= 0xd800 && key <= 0xdfff) && strcmp(buf, "?") != 0) {
		back = keymap_key_parse(buf);
		FUZZ_CHECK(back == key, "key %#x named \"%s\" parses as %#x",
		    (unsigned)key, buf, (unsigned)back);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_init();
	check_settings(data, size);
	check_bind((const char *)data, size);
	check_key_name(data, size);
	return 0;
}
