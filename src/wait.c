/* wait.c: what the reader's one wait waits for (wait.h). */
#include "config.h"

#include <sys/select.h>

#include <time.h>

#include "wait.h"

void
wait_init(struct wait *w)
{
	FD_ZERO(&w->rd);
	FD_ZERO(&w->wr);
	FD_ZERO(&w->ex);
	w->maxfd = -1;
	w->ms = -1;
}

void
wait_read(struct wait *w, int fd)
{
	if (fd < 0 || fd >= FD_SETSIZE)
		return;
	FD_SET(fd, &w->rd);
	if (fd > w->maxfd)
		w->maxfd = fd;
}

void
wait_within(struct wait *w, long ms)
{
	if (ms < 0)
		return;
	if (w->ms < 0 || ms < w->ms)
		w->ms = ms;
}

struct timespec *
wait_timespec(const struct wait *w, struct timespec *ts)
{
	if (w->ms < 0)
		return NULL;
	ts->tv_sec = w->ms / 1000;
	ts->tv_nsec = (w->ms % 1000) * 1000000L;
	return ts;
}
