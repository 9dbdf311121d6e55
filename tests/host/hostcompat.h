/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/hostcompat.h - forced (-include) into every kernel file and
 * test file built for the host tests.
 *
 * The kernel defines functions under libc's names.  Renamed to kern_*
 * here, the kernel's versions and the host libc (used by the harness and
 * by gcc's own calls to memcpy and memset) live side by side in one
 * program, and the tests call the kernel's by its usual name.
 */
#ifndef _TESTS_HOST_HOSTCOMPAT_H
#define _TESTS_HOST_HOSTCOMPAT_H

/* lib/string.c */
#define memset		kern_memset
#define memcpy		kern_memcpy
#define memmove		kern_memmove
#define memcmp		kern_memcmp
#define memchr		kern_memchr
#define strlen		kern_strlen
#define strnlen		kern_strnlen
#define strcmp		kern_strcmp
#define strncmp		kern_strncmp
#define strchr		kern_strchr
#define strrchr		kern_strrchr
#define strstr		kern_strstr
#define strlcpy		kern_strlcpy
#define strlcat		kern_strlcat

/* lib/vsprintf.c */
#define vsnprintf	kern_vsnprintf
#define snprintf	kern_snprintf
#define scnprintf	kern_scnprintf
#define sprintf		kern_sprintf

#endif /* _TESTS_HOST_HOSTCOMPAT_H */
