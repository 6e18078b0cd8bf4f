/* slowfeeds.c FEED PORTFILE [MS]: a server for bench/feeds.sh that answers
 * every request with the file FEED after MS milliseconds (default 200),
 * with an ETag, and 304 to a request that has it already; any number at
 * once, from one process that waits on all its connections with one
 * poll(), so that the server costs next to nothing beside what a hundred
 * feeds at once measure. It listens on 127.0.0.1 on a free port, written
 * to PORTFILE, and ends after ten minutes. */
#include <sys/socket.h>
#include <sys/stat.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define MAXCONN	1024
#define HEADMAX	8192

struct conn {
	int	 fd;
	char	 head[HEADMAX];
	size_t	 len;
	long long due;		/* ms when the answer goes, 0: none yet */
	int	 notmod;
	char	*out;		/* the answer being written */
	size_t	 outlen, outoff;
};

static char	*body;
static size_t	 bodylen;
static long	 delay = 200;

static long long
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
die(const char *what)
{
	perror(what);
	exit(1);
}

/* A whole request's head in c: its answer is due after the delay. */
static void
request(struct conn *c)
{
	char	*end = strstr(c->head, "\r\n\r\n"), *p;

	if (end == NULL)
		return;
	*end = '\0';
	c->notmod = 0;
	for (p = c->head; (p = strstr(p, "\r\n")) != NULL; p += 2)
		if (strncasecmp(p + 2, "if-none-match: \"v1\"", 19) == 0)
			c->notmod = 1;
	/* What follows the head (a next request) is kept. */
	end += 4;
	c->len -= (size_t)(end - c->head);
	memmove(c->head, end, c->len);
	c->head[c->len] = '\0';
	c->due = now_ms() + delay;
}

static void
answer(struct conn *c)
{
	char	 h[256];
	int	 n;

	if (c->notmod)
		n = snprintf(h, sizeof h, "HTTP/1.1 304 Not Modified\r\n"
		    "ETag: \"v1\"\r\n\r\n");
	else
		n = snprintf(h, sizeof h, "HTTP/1.1 200 OK\r\nContent-Type: "
		    "application/rss+xml\r\nETag: \"v1\"\r\nContent-Length: "
		    "%zu\r\n\r\n", bodylen);
	c->outlen = (size_t)n + (c->notmod ? 0 : bodylen);
	if ((c->out = malloc(c->outlen)) == NULL)
		die("malloc");
	memcpy(c->out, h, (size_t)n);
	if (!c->notmod)
		memcpy(c->out + n, body, bodylen);
	c->outoff = 0;
	c->due = 0;
}

static void
drop(struct conn *c)
{
	close(c->fd);
	free(c->out);
	memset(c, 0, sizeof *c);
	c->fd = -1;
}

int
main(int argc, char *argv[])
{
	static struct conn	 conns[MAXCONN];
	struct pollfd		 pf[MAXCONN + 1];
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof sin;
	struct stat		 st;
	long long		 end, t, next;
	FILE			*f;
	char			 tmp[4096];
	int			 ls, fd, i, n, one = 1;
	ssize_t			 r;

	if (argc < 3) {
		fprintf(stderr, "usage: slowfeeds FEED PORTFILE [MS]\n");
		return 2;
	}
	if (argc > 3)
		delay = atol(argv[3]);
	if ((fd = open(argv[1], O_RDONLY)) == -1 || fstat(fd, &st) == -1)
		die(argv[1]);
	bodylen = (size_t)st.st_size;
	if ((body = malloc(bodylen + 1)) == NULL)
		die("malloc");
	if (read(fd, body, bodylen) != (ssize_t)bodylen)
		die(argv[1]);
	close(fd);

	if ((ls = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		die("socket");
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(ls, (struct sockaddr *)&sin, sizeof sin) == -1 ||
	    listen(ls, 512) == -1 ||
	    getsockname(ls, (struct sockaddr *)&sin, &sl) == -1)
		die("listen");
	fcntl(ls, F_SETFL, O_NONBLOCK);
	snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
	if ((f = fopen(tmp, "w")) == NULL)
		die(tmp);
	fprintf(f, "%d\n", ntohs(sin.sin_port));
	fclose(f);
	if (rename(tmp, argv[2]) == -1)
		die(argv[2]);

	for (i = 0; i < MAXCONN; i++)
		conns[i].fd = -1;
	end = now_ms() + 600 * 1000;
	while ((t = now_ms()) < end) {
		/* Answers that are due. */
		next = end;
		for (i = 0; i < MAXCONN; i++) {
			if (conns[i].fd == -1 || conns[i].due == 0)
				continue;
			if (conns[i].due <= t)
				answer(&conns[i]);
			else if (conns[i].due < next)
				next = conns[i].due;
		}
		n = 0;
		pf[n].fd = ls;
		pf[n++].events = POLLIN;
		for (i = 0; i < MAXCONN; i++) {
			if (conns[i].fd == -1)
				continue;
			pf[n].fd = conns[i].fd;
			pf[n++].events = conns[i].out != NULL ? POLLOUT :
			    POLLIN;
		}
		if (poll(pf, (nfds_t)n, (int)(next - t)) == -1 &&
		    errno != EINTR)
			die("poll");
		if (pf[0].revents & POLLIN) {
			while ((fd = accept(ls, NULL, NULL)) != -1) {
				for (i = 0; i < MAXCONN && conns[i].fd != -1;
				    i++)
					;
				if (i == MAXCONN) {
					close(fd);
					continue;
				}
				fcntl(fd, F_SETFL, O_NONBLOCK);
				conns[i].fd = fd;
			}
		}
		for (i = 0; i < MAXCONN; i++) {
			struct conn	*c = &conns[i];
			int		 k;

			if (c->fd == -1)
				continue;
			for (k = 1; k < n && pf[k].fd != c->fd; k++)
				;
			if (k == n || pf[k].revents == 0)
				continue;
			if (c->out != NULL) {
				r = write(c->fd, c->out + c->outoff,
				    c->outlen - c->outoff);
				if (r == -1 && errno != EAGAIN) {
					drop(c);
					continue;
				}
				if (r > 0 && (c->outoff += (size_t)r) ==
				    c->outlen) {
					free(c->out);
					c->out = NULL;
					request(c);	/* one sent before */
				}
				continue;
			}
			r = read(c->fd, c->head + c->len,
			    sizeof c->head - 1 - c->len);
			if (r <= 0) {
				if (r == 0 || errno != EAGAIN)
					drop(c);
				continue;
			}
			c->len += (size_t)r;
			c->head[c->len] = '\0';
			if (c->due == 0)
				request(c);
			if (c->due == 0 && c->len == sizeof c->head - 1)
				drop(c);	/* a head too long */
		}
	}
	return 0;
}
