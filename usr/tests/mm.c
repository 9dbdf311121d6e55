// SPDX-License-Identifier: GPL-2.0
/*
 * mm: brk, mmap2, munmap and mprotect on anonymous memory; faults on
 * PROT_NONE, read-only and unmapped pages; copy-on-write after fork;
 * stack growth; the kernel's own accesses to user buffers; and memory
 * exhaustion in a child (not on the host).
 */
#include <fcntl.h>
#include <setjmp.h>
#include <stdint.h>
#include <sys/mman.h>
#include "ktap.h"

#define PAGE		4096
#define RW		(PROT_READ | PROT_WRITE)
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)

static siginfo_t fault_info;
static sigjmp_buf jump;

static void *kmmap(void *addr, size_t len, int prot, int flags, int fd,
		   long pgoff)
{
	return (void *)syscall(SYS_mmap2, addr, len, prot, flags, fd, pgoff);
}

static void segv_jump(int sig, siginfo_t *si, void *uc)
{
	fault_info = *si;
	siglongjmp(jump, 1);
}

/* Returns 1 if reading (write = 0) or writing p faults, with fault_info. */
static int faults(volatile char *p, int write)
{
	struct sigaction sa = { .sa_sigaction = segv_jump,
				.sa_flags = SA_SIGINFO | SA_NODEFER };
	struct sigaction old;
	int ret = 1;

	memset(&fault_info, 0, sizeof(fault_info));
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, &old);
	if (!sigsetjmp(jump, 1)) {
		if (write)
			*p = 1;
		else
			(void)*p;
		ret = 0;
	}
	sigaction(SIGSEGV, &old, NULL);
	return ret;
}

static void test_brk(void)
{
	unsigned long cur = syscall(SYS_brk, 0), next;
	char *p;

	ASSERT(cur != 0);
	EXPECT_EQ(syscall(SYS_brk, 0), cur);
	next = syscall(SYS_brk, cur + 64 * 1024);
	EXPECT_EQ(next, cur + 64 * 1024);
	/* The new memory is there and zeroed. */
	for (p = (char *)cur; p < (char *)next; p += PAGE) {
		EXPECT_EQ(*p, 0);
		*p = 1;
	}
	EXPECT_EQ(syscall(SYS_brk, cur), cur);
	EXPECT_EQ(syscall(SYS_brk, 0), cur);
}

/* A request brk cannot honour returns the old break, no error. */
static void test_brk_invalid(void)
{
	unsigned long cur = syscall(SYS_brk, 0);

	EXPECT_EQ(syscall(SYS_brk, 0x1000), cur);
	EXPECT_EQ(syscall(SYS_brk, 0xffff0000UL), cur);
	EXPECT_EQ(syscall(SYS_brk, 0), cur);
}

/* Shrinking the break takes the pages away. */
static void test_brk_shrink(void)
{
	unsigned long cur = syscall(SYS_brk, 0);
	unsigned long top = (cur + 4 * PAGE) & ~(PAGE - 1UL);

	ASSERT_EQ(syscall(SYS_brk, top + PAGE), top + PAGE);
	*(volatile char *)top = 1;
	ASSERT_EQ(syscall(SYS_brk, top), top);
	EXPECT(faults((char *)top, 0));
	EXPECT_EQ(syscall(SYS_brk, cur), cur);
}

static void test_mmap_anon(void)
{
	const size_t len = 16 * PAGE;
	unsigned char *p = kmmap(NULL, len, RW, ANON, -1, 0);
	size_t i, nonzero = 0;

	ASSERT(p != MAP_FAILED);
	EXPECT_EQ((uintptr_t)p % PAGE, 0);
	for (i = 0; i < len; i++)
		nonzero += p[i] != 0;
	EXPECT_EQ(nonzero, 0);
	for (i = 0; i < len; i += 512)
		p[i] = i >> 9;
	for (i = 0; i < len; i += 512)
		nonzero += p[i] != (unsigned char)(i >> 9);
	EXPECT_EQ(nonzero, 0);
	EXPECT_EQ(syscall(SYS_munmap, p, len), 0);
	/* An odd length covers whole pages. */
	p = kmmap(NULL, 100, RW, ANON, -1, 0);
	ASSERT(p != MAP_FAILED);
	p[PAGE - 1] = 1;
	EXPECT_EQ(munmap(p, 100), 0);
}

static void test_mmap_fixed(void)
{
	char *base = kmmap(NULL, 4 * PAGE, RW, ANON, -1, 0), *p;

	ASSERT(base != MAP_FAILED);
	memset(base, 0x55, 4 * PAGE);
	p = kmmap(base + PAGE, PAGE, RW, ANON | MAP_FIXED, -1, 0);
	EXPECT(p == base + PAGE);
	/* The new page replaced the old one; its neighbours are kept. */
	EXPECT_EQ(p[0], 0);
	EXPECT_EQ(p[PAGE - 1], 0);
	EXPECT_EQ(base[PAGE - 1], 0x55);
	EXPECT_EQ(base[2 * PAGE], 0x55);
	munmap(base, 4 * PAGE);
}

static void test_mmap_errors(void)
{
	char *base = kmmap(NULL, PAGE, RW, ANON, -1, 0);

	ASSERT(base != MAP_FAILED);
	EXPECT_ERR((long)kmmap(NULL, 0, RW, ANON, -1, 0), EINVAL);
	EXPECT_ERR((long)kmmap(base + 1, PAGE, RW, ANON | MAP_FIXED, -1, 0),
		   EINVAL);
	EXPECT_ERR((long)kmmap(NULL, PAGE, RW, MAP_ANONYMOUS, -1, 0), EINVAL);
	EXPECT_ERR((long)kmmap(NULL, PAGE, RW, MAP_PRIVATE, -1, 0), EBADF);
	EXPECT_ERR((long)kmmap(NULL, PAGE, RW, MAP_PRIVATE, 9999, 0), EBADF);
	EXPECT_ERR((long)kmmap(NULL, 0xfffff000UL, RW, ANON, -1, 0), ENOMEM);
	munmap(base, PAGE);
}

/*
 * Nothing below mmap_min_addr (64 KiB here and on Debian's Linux): a
 * fixed mapping there is refused with EPERM, a hint there is moved up.
 */
static void test_mmap_min_addr(void)
{
	char *p;
	int fd;

	/*
	 * On a Linux host the limit is a sysctl (4096 on some), root may go
	 * below it, and a program below it is killed after the point of no
	 * return rather than refused.
	 */
	if (ktap_host())
		KTAP_SKIP("the host's vm.mmap_min_addr and capabilities decide");

	EXPECT_ERR((long)kmmap(NULL, PAGE, RW, ANON | MAP_FIXED, -1, 0), EPERM);
	EXPECT_ERR((long)kmmap((void *)0x8000, PAGE, RW, ANON | MAP_FIXED, -1, 0),
		   EPERM);
	EXPECT_ERR((long)kmmap((void *)0xf000, 2 * PAGE, RW,
			       ANON | MAP_FIXED_NOREPLACE, -1, 0), EPERM);
	p = kmmap((void *)0x1000, PAGE, RW, ANON, -1, 0);
	ASSERT(p != MAP_FAILED);
	EXPECT((unsigned long)p >= 0x10000);
	munmap(p, PAGE);
	fd = open(ktap_helper("tiny"), O_RDONLY);	/* a regular file */
	ASSERT_OK(fd);
	EXPECT_ERR((long)kmmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED,
			       fd, 0), EPERM);
	close(fd);
}

/* MADV_DONTNEED drops private anonymous pages: they read back as 0. */
static void test_madvise(void)
{
	char *p = kmmap(NULL, 4 * PAGE, RW, ANON, -1, 0);

	ASSERT(p != MAP_FAILED);
	memset(p, 0x55, 4 * PAGE);
	ASSERT_OK(madvise(p, 4 * PAGE, MADV_WILLNEED));
	EXPECT_EQ(p[PAGE], 0x55);
	ASSERT_OK(madvise(p + PAGE, 2 * PAGE, MADV_DONTNEED));
	EXPECT_EQ(p[0], 0x55);
	EXPECT_EQ(p[PAGE], 0);
	EXPECT_EQ(p[3 * PAGE - 1], 0);
	EXPECT_EQ(p[3 * PAGE], 0x55);
	p[PAGE] = 7;			/* and the page comes back writable */
	EXPECT_EQ(p[PAGE], 7);
	EXPECT_ERR(madvise(p + 1, PAGE, MADV_DONTNEED), EINVAL);
	EXPECT_ERR(madvise(p, PAGE, 12345), EINVAL);
	munmap(p + 2 * PAGE, PAGE);
	EXPECT_ERR(madvise(p, 4 * PAGE, MADV_DONTNEED), ENOMEM);
	munmap(p, 4 * PAGE);
}

/* mremap: shrink, grow in place, move (and MREMAP_FIXED), errors. */
static void test_mremap(void)
{
	char *p = kmmap(NULL, 4 * PAGE, RW, ANON, -1, 0), *q, *r, *blk;

	ASSERT(p != MAP_FAILED);
	memset(p, 0x55, 4 * PAGE);
	/* Shrink to one page: the rest is gone. */
	EXPECT(mremap(p, 4 * PAGE, PAGE, 0) == p);
	EXPECT(faults(p + PAGE, 0));
	/* Grow back in place: the space after it is free. */
	EXPECT(mremap(p, PAGE, 3 * PAGE, 0) == p);
	EXPECT_EQ(p[0], 0x55);
	EXPECT_EQ(p[2 * PAGE], 0);
	/* Blocked after it: no room without MREMAP_MAYMOVE... */
	blk = kmmap(p + 3 * PAGE, PAGE, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0);
	ASSERT(blk == p + 3 * PAGE);
	EXPECT(mremap(p, 3 * PAGE, 8 * PAGE, 0) == MAP_FAILED && errno == ENOMEM);
	/* ... with it, the pages move. */
	q = mremap(p, 3 * PAGE, 8 * PAGE, MREMAP_MAYMOVE);
	ASSERT(q != MAP_FAILED);
	EXPECT(q != p);
	EXPECT_EQ(q[0], 0x55);
	EXPECT_EQ(q[7 * PAGE], 0);
	EXPECT(faults(p, 0));
	q[0] = 7;
	/* To a place of our choosing. */
	r = mremap(q, 8 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p);
	EXPECT(r == p);
	EXPECT_EQ(p[0], 7);
	EXPECT(faults(q, 0));
	EXPECT(mremap(p + 1, PAGE, PAGE, 0) == MAP_FAILED && errno == EINVAL);
	EXPECT(mremap(p, PAGE, PAGE, MREMAP_FIXED, q) == MAP_FAILED &&
	       errno == EINVAL);
	EXPECT(mremap(q, PAGE, 2 * PAGE, MREMAP_MAYMOVE) == MAP_FAILED &&
	       errno == EFAULT);
	munmap(p, 2 * PAGE);
	munmap(blk, PAGE);
}

static void test_prot_none(void)
{
	char *p = kmmap(NULL, 2 * PAGE, PROT_NONE, ANON, -1, 0);

	ASSERT(p != MAP_FAILED);
	EXPECT(faults(p, 0));
	EXPECT_EQ(fault_info.si_signo, SIGSEGV);
	EXPECT_EQ(fault_info.si_code, SEGV_ACCERR);
	EXPECT(fault_info.si_addr == p);
	EXPECT(faults(p + PAGE + 5, 1));
	EXPECT(fault_info.si_addr == p + PAGE + 5);
	/* Made accessible, the pages work. */
	EXPECT_EQ(mprotect(p, 2 * PAGE, RW), 0);
	EXPECT(!faults(p + PAGE, 1));
	munmap(p, 2 * PAGE);
}

static void test_mprotect_readonly(void)
{
	char *p = kmmap(NULL, 3 * PAGE, RW, ANON, -1, 0);

	ASSERT(p != MAP_FAILED);
	p[PAGE] = 'r';
	EXPECT_EQ(syscall(SYS_mprotect, p + PAGE, PAGE, PROT_READ), 0);
	EXPECT(!faults(p + PAGE, 0));
	EXPECT_EQ(p[PAGE], 'r');
	EXPECT(faults(p + PAGE, 1));
	EXPECT_EQ(fault_info.si_code, SEGV_ACCERR);
	EXPECT(fault_info.si_addr == p + PAGE);
	/* Only that page changed. */
	EXPECT(!faults(p, 1));
	EXPECT(!faults(p + 2 * PAGE, 1));
	EXPECT_EQ(syscall(SYS_mprotect, p + PAGE, PAGE, RW), 0);
	EXPECT(!faults(p + PAGE, 1));
	munmap(p, 3 * PAGE);
}

static void write_readonly_child(void)
{
	char *p = kmmap(NULL, PAGE, RW, ANON, -1, 0);

	if (p == MAP_FAILED || mprotect(p, PAGE, PROT_READ))
		_exit(1);
	*(volatile char *)p = 1;
	_exit(2);
}

/* By default the write kills. */
static void test_mprotect_write_kills(void)
{
	EXPECT_SIGNALED(ktap_in_child(write_readonly_child), SIGSEGV);
}

static void test_mprotect_errors(void)
{
	char *p = kmmap(NULL, 2 * PAGE, RW, ANON, -1, 0);

	ASSERT(p != MAP_FAILED);
	EXPECT_ERR(syscall(SYS_mprotect, p + 1, PAGE, PROT_READ), EINVAL);
	EXPECT_ERR(syscall(SYS_mprotect, p, PAGE, 0x100), EINVAL);
	munmap(p + PAGE, PAGE);
	/* Part of the range is not mapped. */
	EXPECT_ERR(syscall(SYS_mprotect, p, 2 * PAGE, PROT_READ), ENOMEM);
	munmap(p, PAGE);
	EXPECT_ERR(syscall(SYS_mprotect, p, PAGE, PROT_READ), ENOMEM);
}

static void test_munmap(void)
{
	char *p = kmmap(NULL, 3 * PAGE, RW, ANON, -1, 0);

	ASSERT(p != MAP_FAILED);
	memset(p, 7, 3 * PAGE);
	EXPECT_EQ(syscall(SYS_munmap, p + PAGE, PAGE), 0);
	EXPECT(faults(p + PAGE, 0));
	EXPECT_EQ(fault_info.si_code, SEGV_MAPERR);
	EXPECT_EQ(p[PAGE - 1], 7);
	EXPECT_EQ(p[2 * PAGE], 7);
	/* Unmapping a hole again is no error. */
	EXPECT_EQ(syscall(SYS_munmap, p + PAGE, PAGE), 0);
	EXPECT_EQ(syscall(SYS_munmap, p, 3 * PAGE), 0);
	EXPECT(faults(p, 0));
	EXPECT(faults(p + 2 * PAGE, 1));
	EXPECT_ERR(syscall(SYS_munmap, p + 1, PAGE), EINVAL);
	EXPECT_ERR(syscall(SYS_munmap, p, 0), EINVAL);
}

static void test_mmap_large(void)
{
	const size_t len = 16 << 20;
	char *p = kmmap(NULL, len, RW, ANON, -1, 0);
	size_t i, bad = 0;

	ASSERT(p != MAP_FAILED);
	for (i = 0; i < len; i += PAGE)
		p[i] = i / PAGE;
	for (i = 0; i < len; i += PAGE)
		bad += p[i] != (char)(i / PAGE);
	EXPECT_EQ(bad, 0);
	EXPECT_EQ(munmap(p, len), 0);
}

static void test_mmap_many(void)
{
	static char *maps[256];
	int i, bad = 0;

	for (i = 0; i < 256; i++) {
		maps[i] = kmmap(NULL, PAGE, RW, ANON, -1, 0);
		ASSERT(maps[i] != MAP_FAILED);
		maps[i][0] = i;
	}
	for (i = 0; i < 256; i++)
		bad += maps[i][0] != (char)i;
	EXPECT_EQ(bad, 0);
	for (i = 0; i < 256; i++)
		EXPECT_EQ(munmap(maps[i], PAGE), 0);
}

/* Shared even if nobody touched it before the fork. */
static void test_mmap_shared_anon_untouched(void)
{
	volatile int *p = kmmap(NULL, 2 * PAGE, RW, MAP_SHARED | MAP_ANONYMOUS,
				-1, 0);
	pid_t pid;
	int st;

	ASSERT(p != MAP_FAILED);
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		p[0] = 7;
		p[PAGE / sizeof(int)] = 8;
		_exit(0);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(p[0], 7);
	EXPECT_EQ(p[PAGE / sizeof(int)], 8);
	munmap((void *)p, 2 * PAGE);
}

static void test_mmap_shared_anon(void)
{
	volatile int *p = kmmap(NULL, PAGE, RW, MAP_SHARED | MAP_ANONYMOUS,
				-1, 0);
	pid_t pid;
	int st;

	ASSERT(p != MAP_FAILED);
	p[0] = 1;
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		p[1] = p[0] + 1;
		_exit(0);
	}
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(p[1], 2);
	munmap((void *)p, PAGE);
}

/*
 * Copy-on-write: after fork, parent and child each rewrite every page of
 * a shared 1 MiB buffer in turn, and each still sees only its own data.
 */
#define COW_LEN		(1 << 20)

static int all_bytes(const unsigned char *p, size_t len, unsigned char v)
{
	size_t i;

	for (i = 0; i < len; i += 97)
		if (p[i] != v)
			return 0;
	return p[len - 1] == v;
}

static void test_cow(void)
{
	unsigned char *buf = kmmap(NULL, COW_LEN, RW, ANON, -1, 0);
	int to_child[2], to_parent[2], st;
	pid_t pid;
	char c;

	ASSERT(buf != MAP_FAILED);
	memset(buf, 'A', COW_LEN);
	ASSERT_OK(pipe(to_child));
	ASSERT_OK(pipe(to_parent));
	pid = fork();
	ASSERT_OK(pid);
	if (pid == 0) {
		int ok = all_bytes(buf, COW_LEN, 'A');

		memset(buf, 'C', COW_LEN);
		write(to_parent[1], "1", 1);
		/* Parent now writes its own pages. */
		read(to_child[0], &c, 1);
		ok &= all_bytes(buf, COW_LEN, 'C');
		_exit(ok ? 0 : 1);
	}
	EXPECT_EQ(read(to_parent[0], &c, 1), 1);
	EXPECT(all_bytes(buf, COW_LEN, 'A'));
	memset(buf, 'P', COW_LEN);
	write(to_child[1], "2", 1);
	ASSERT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EXITED(st, 0);
	EXPECT(all_bytes(buf, COW_LEN, 'P'));
	munmap(buf, COW_LEN);
	close(to_child[0]);
	close(to_child[1]);
	close(to_parent[0]);
	close(to_parent[1]);
}

/* The same through three generations, on the heap (brk) and the stack. */
static void test_cow_generations(void)
{
	unsigned char *heap = malloc(256 * 1024);
	unsigned char stack[16384];
	int gen, st, ok = 1;
	pid_t pid;

	ASSERT(heap != NULL);
	memset(heap, 0, 256 * 1024);
	memset(stack, 0, sizeof(stack));
	for (gen = 1; gen <= 3; gen++) {
		pid = fork();
		ASSERT_OK(pid);
		if (pid)
			break;
		ok &= all_bytes(heap, 256 * 1024, gen - 1);
		ok &= all_bytes(stack, sizeof(stack), gen - 1);
		memset(heap, gen, 256 * 1024);
		memset(stack, gen, sizeof(stack));
	}
	if (gen <= 3) {
		ok &= waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0;
	}
	/* Each generation still sees what it wrote itself. */
	ok &= all_bytes(heap, 256 * 1024, gen > 3 ? 3 : gen - 1);
	ok &= all_bytes(stack, sizeof(stack), gen > 3 ? 3 : gen - 1);
	if (gen > 1)
		_exit(ok ? 0 : 1);
	EXPECT(ok);
	free(heap);
}

/* The kernel copying to and from user pages honours their protection. */
static void test_syscall_buffers(void)
{
	char *p = kmmap(NULL, 3 * PAGE, RW, ANON, -1, 0);
	int fd = open("/dev/zero", O_RDONLY), p2[2];
	long r;

	ASSERT(p != MAP_FAILED);
	ASSERT_OK(fd);
	ASSERT_OK(pipe(p2));
	/* Not yet touched: the kernel faults the pages in for us. */
	memset(p + 2 * PAGE, 1, PAGE);
	EXPECT_EQ(read(fd, p, 2 * PAGE), 2 * PAGE);
	mprotect(p, PAGE, PROT_READ);
	mprotect(p + PAGE, PAGE, PROT_NONE);
	EXPECT_ERR(read(fd, p, 16), EFAULT);
	EXPECT_ERR(write(p2[1], p + PAGE, 16), EFAULT);
	EXPECT_EQ(write(p2[1], p, 16), 16);
	/*
	 * A buffer running off the end of the mapping: Linux copies the 8
	 * bytes that fit and returns 8; EFAULT is the other honest answer.
	 */
	errno = 0;
	r = read(fd, p + 3 * PAGE - 8, 16);
	EXPECT(r == 8 || (r == -1 && errno == EFAULT));
	munmap(p, 3 * PAGE);
	close(fd);
	close(p2[0]);
	close(p2[1]);
}

static int recurse(int n)
{
	volatile char pad[1024];

	pad[0] = n;
	if (n == 0)
		return 1;
	/* Each frame checks its own data survived the deeper calls. */
	return recurse(n - 1) + (pad[0] == (char)n ? 0 : 1000);
}

/* 2 MiB deep in a child: the stack grows on demand. */
static void deep_stack(void)
{
	_exit(recurse(2048) == 1 ? 0 : 1);
}

static void test_stack_growth(void)
{
	EXPECT_EXITED(ktap_in_child(deep_stack), 0);
}

/* Allocates and touches until refused or killed. */
static void hog(void)
{
	for (;;) {
		char *p = mmap(NULL, 1 << 20, RW, ANON, -1, 0);
		size_t i;

		if (p == MAP_FAILED)
			_exit(0);
		for (i = 0; i < 1 << 20; i += PAGE)
			p[i] = 1;
	}
}

static void test_memory_exhaustion(void)
{
	char *p;
	int st;

	if (ktap_host())
		KTAP_SKIP("host");
	st = ktap_in_child(hog);
	EXPECT((WIFEXITED(st) && WEXITSTATUS(st) == 0) ||
	       (WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL));
	/* We survived, and memory is back. */
	p = mmap(NULL, 4 << 20, RW, ANON, -1, 0);
	ASSERT(p != MAP_FAILED);
	memset(p, 1, 4 << 20);
	munmap(p, 4 << 20);
}

static const struct ktap_case cases[] = {
	KTAP_CASE(brk),
	KTAP_CASE(brk_invalid),
	KTAP_CASE(brk_shrink),
	KTAP_CASE(mmap_anon),
	KTAP_CASE(mmap_fixed),
	KTAP_CASE(mmap_errors),
	KTAP_CASE(mmap_min_addr),
	KTAP_CASE(madvise),
	KTAP_CASE(mremap),
	KTAP_CASE(prot_none),
	KTAP_CASE(mprotect_readonly),
	KTAP_CASE(mprotect_write_kills),
	KTAP_CASE(mprotect_errors),
	KTAP_CASE(munmap),
	KTAP_CASE(mmap_large),
	KTAP_CASE(mmap_many),
	KTAP_CASE(mmap_shared_anon),
	KTAP_CASE(mmap_shared_anon_untouched),
	KTAP_CASE(cow),
	KTAP_CASE(cow_generations),
	KTAP_CASE(syscall_buffers),
	KTAP_CASE(stack_growth),
	KTAP_CASE(memory_exhaustion),
	{}
};

int main(int argc, char **argv)
{
	return ktap_main(argc, argv, cases);
}
