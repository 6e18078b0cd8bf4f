/* wait.h: what the reader's one wait waits for - the keyboard, the
 * sockets of transfers, a time - gathered from the modules that want it,
 * then given to pselect(). */
#ifndef FOLIO_WAIT_H
#define FOLIO_WAIT_H

#include <sys/select.h>

struct wait {
	fd_set	 rd, wr, ex;
	int	 maxfd;		/* the highest descriptor, -1 for none */
	long	 ms;		/* the longest wait in milliseconds, -1 for
				   no limit */
};

/* Nothing to wait for yet, and no limit. */
void	 wait_init(struct wait *w);
/* Wait until fd is readable too. */
void	 wait_read(struct wait *w, int fd);
/* Wait no longer than ms milliseconds (0: do not wait). */
void	 wait_within(struct wait *w, long ms);
/* The limit as pselect() takes it, in *ts; NULL when there is none. */
struct timespec *wait_timespec(const struct wait *w, struct timespec *ts);

#endif
