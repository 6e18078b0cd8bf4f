/* file.c: the bytes of a file, or of standard input (file.h). */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "file.h"
#include "xmalloc.h"

static char *
too_large(size_t size, size_t max)
{
	if (max >= (1u << 20))
		return xasprintf("too large (%zu MiB; the limit is %zu MiB)",
		    (size + (1u << 20) - 1) >> 20, max >> 20);
	return xasprintf("too large (%zu bytes; the limit is %zu bytes)",
	    size, max);
}

/* Read fd to its end, or up to max bytes, straight into the buffer. */
static int
read_all(int fd, size_t max, struct buf *b, char **cause)
{
	ssize_t	 n;

	for (;;) {
		if (b->cap - b->len < 4096 + 1)
			buf_reserve(b, b->cap < 65536 ? 65536 : b->cap);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*cause = xstrdup(strerror(errno));
			return -1;
		}
		if (b->len + (size_t)n > max) {
			*cause = too_large(b->len + (size_t)n, max);
			return -1;
		}
		b->len += (size_t)n;
		b->data[b->len] = '\0';
	}
}

int
file_read(const char *path, size_t max, struct buf *b, char **cause)
{
	struct stat	 st;
	int		 fd, r;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*cause = xstrdup("is a folder");
			r = -1;
			goto out;
		}
		if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
			*cause = too_large((size_t)st.st_size, max);
			r = -1;
			goto out;
		}
		/* A file's size is known: one allocation, and room to see
		 * its end without growing. */
		if (S_ISREG(st.st_mode))
			buf_reserve(b, (size_t)st.st_size + 4096 + 1);
	}
	r = read_all(fd, max, b, cause);
out:
	if (fd != STDIN_FILENO)
		close(fd);
	if (r == -1)
		buf_free(b);
	return r;
}

char *
file_config_path(const char *name)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME"), *home;

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/folio/%s", xdg, name);
	if ((home = getenv("HOME")) != NULL && *home != '\0')
		return xasprintf("%s/.config/folio/%s", home, name);
	return NULL;
}

int
file_make_dirs(const char *path, char **cause)
{
	char		*p = xstrdup(path), *s;
	struct stat	 sb;

	for (s = strchr(p + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(p, 0700) == -1 && errno != EEXIST) {
			*cause = xasprintf("%s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		if (stat(p, &sb) == -1 || !S_ISDIR(sb.st_mode)) {
			*cause = xasprintf("%s: not a folder", p);
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}
