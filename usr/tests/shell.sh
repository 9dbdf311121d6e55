#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# shell.sh: busybox sh and its applets on top of the kernel: pipelines,
# redirections, here-documents, loops, functions, exit statuses, command
# substitution, test, background jobs and traps.  One KTAP suite, like the
# C tests.  POSIX sh only, and only applets Debian 12's busybox-static has
# (and bash, for the <(...) that dev_fd passes to it).

tmp=$(mktemp -d /tmp/ktap-shell.XXXXXX 2>/dev/null) ||
	tmp=$(mktemp -d "$PWD/ktap-shell.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

t_pipeline() {
	[ "$(echo 'a b c' | tr ' ' '\n' | wc -l)" -eq 3 ] &&
	[ "$(printf 'b\na\nb\n' | sort | uniq | tr -d '\n')" = ab ]
}

# A pipeline's status is its last command's.
t_pipeline_status() {
	false | true || return 1
	true | false && return 1
	! true | false
}

t_large_pipe() {
	[ "$(dd if=/dev/zero bs=1024 count=1024 2>/dev/null | wc -c)" -eq 1048576 ] &&
	[ "$(seq 1 20000 | tail -n 1)" = 20000 ]
}

t_redirect_out() {
	echo first > "$tmp/f" && echo second > "$tmp/f" &&
	[ "$(cat "$tmp/f")" = second ]
}

t_redirect_append() {
	echo one > "$tmp/a" && echo two >> "$tmp/a" && echo three >> "$tmp/a" &&
	[ "$(wc -l < "$tmp/a")" -eq 3 ] && [ "$(tail -n 1 "$tmp/a")" = three ]
}

t_redirect_in() {
	printf 'line1\nline2\n' > "$tmp/in"
	read -r x < "$tmp/in" && [ "$x" = line1 ] &&
	[ "$(sort -r < "$tmp/in" | head -n 1)" = line2 ]
}

# 2>&1 joins stderr to wherever stdout points at that moment.
t_redirect_stderr() {
	out=$(ls /nonexistent-ktap 2>&1) && return 1
	[ -n "$out" ] || return 1
	out=$(ls /nonexistent-ktap 2>/dev/null)
	[ -z "$out" ] || return 1
	out=$(sh -c 'echo err >&2' 2>&1 >/dev/null)
	[ "$out" = err ] || return 1
	sh -c 'echo out; echo err >&2' > "$tmp/both" 2>&1
	[ "$(sort "$tmp/both" | tr -d '\n')" = errout ]
}

t_redirect_fd() {
	exec 3> "$tmp/fd3"
	echo via3 >&3
	exec 3>&-
	[ "$(cat "$tmp/fd3")" = via3 ]
}

t_heredoc() {
	name=world
	[ "$(cat <<EOF
hello $name
EOF
)" = "hello world" ] || return 1
	[ "$(cat <<'EOF'
hello $name
EOF
)" = 'hello $name' ] || return 1
	[ "$(tr a-z A-Z <<-EOF
	indented
	EOF
)" = INDENTED ]
}

t_loops() {
	s=0
	for i in 1 2 3 4; do s=$((s + i)); done
	[ $s -eq 10 ] || return 1
	i=0
	while [ $i -lt 5 ]; do i=$((i + 1)); done
	[ $i -eq 5 ] || return 1
	until [ $i -eq 0 ]; do i=$((i - 1)); [ $i -eq 2 ] && break; done
	[ $i -eq 2 ] || return 1
	n=0
	for i in $(seq 1 10); do
		[ $((i % 2)) -eq 0 ] && continue
		n=$((n + 1))
	done
	[ $n -eq 5 ]
}

add() {
	echo $(($1 + $2))
}

is_even() {
	return $(($1 % 2))
}

t_functions() {
	[ "$(add 2 40)" -eq 42 ] && is_even 4 && ! is_even 3
}

t_exit_codes() {
	false; [ $? -eq 1 ] || return 1
	sh -c 'exit 42'; [ $? -eq 42 ] || return 1
	( exit 7 ); [ $? -eq 7 ] || return 1
	ktap-no-such-command 2>/dev/null; [ $? -eq 127 ] || return 1
	echo 'echo x' > "$tmp/noexec"
	chmod 644 "$tmp/noexec"
	"$tmp/noexec" 2>/dev/null; [ $? -eq 126 ] || return 1
	grep -q nothing /dev/null; [ $? -eq 1 ]
}

t_command_substitution() {
	[ "$(echo $(echo inner))" = inner ] &&
	[ "`echo back`" = back ] &&
	[ "$(printf 'a\n\n\n')" = a ] &&
	[ "$(basename "$(dirname /x/y/z)")" = y ]
}

t_test_builtin() {
	touch "$tmp/exists"
	echo x > "$tmp/in"
	[ -f "$tmp/exists" ] && [ -e "$tmp/exists" ] && [ ! -d "$tmp/exists" ] &&
	[ -d "$tmp" ] && [ ! -e "$tmp/none" ] && [ -z "" ] && [ -n x ] &&
	[ 3 -lt 10 ] && [ 10 -ge 10 ] && [ abc != abd ] && test 1 -eq 1 &&
	[ -s "$tmp/in" ] && [ ! -s "$tmp/exists" ] && [ -x /bin/sh ]
}

t_arithmetic_case() {
	[ $((7 * 6)) -eq 42 ] && [ $(((1 << 10) - 1)) -eq 1023 ] || return 1
	case foo.c in
	*.h)	return 1 ;;
	*.c)	;;
	*)	return 1 ;;
	esac
	x=abcdef
	[ "${x#abc}" = def ] && [ "${x%ef}" = abcd ] && [ ${#x} -eq 6 ]
}

t_subshell() {
	x=1
	(x=2; cd /)
	[ $x -eq 1 ] && [ "$(pwd)" = "$tmp" ]
}

t_background_wait() {
	sleep 0.1 &
	pid=$!
	wait $pid || return 1
	(exit 3) &
	wait $!
	[ $? -eq 3 ] || return 1
	for i in 1 2 3; do echo $i > "$tmp/bg$i" & done
	wait
	[ "$(cat "$tmp/bg1" "$tmp/bg2" "$tmp/bg3" | tr -d '\n')" = 123 ]
}

t_kill_background() {
	sleep 10 &
	pid=$!
	kill $pid
	wait $pid
	[ $? -eq $((128 + 15)) ]
}

t_trap() {
	out=$(sh -c 'trap "echo caught" USR1; kill -USR1 $$; echo after')
	[ "$out" = "caught
after" ] || return 1
	out=$(sh -c 'trap "echo bye" EXIT; exit 3')
	[ "$out" = bye ]
}

t_environment() {
	KTAP_VAR=exported
	export KTAP_VAR
	[ "$(sh -c 'echo $KTAP_VAR')" = exported ] &&
	[ "$(KTAP_ONCE=1 sh -c 'echo $KTAP_ONCE')" = 1 ] &&
	[ -z "$KTAP_ONCE" ] &&
	[ "$(env -i KTAP_ONLY=1 env | tr -d '\n')" = KTAP_ONLY=1 ]
}

t_files() {
	mkdir -p "$tmp/d/e/f" && echo data > "$tmp/d/e/f/x" &&
	cp "$tmp/d/e/f/x" "$tmp/d/y" && mv "$tmp/d/y" "$tmp/d/z" &&
	cmp -s "$tmp/d/e/f/x" "$tmp/d/z" && [ ! -e "$tmp/d/y" ] &&
	ln -s "$tmp/d/z" "$tmp/d/link" && [ "$(cat "$tmp/d/link")" = data ] &&
	[ "$(ls "$tmp/d" | tr '\n' ' ')" = "e link z " ] &&
	rm -r "$tmp/d" && [ ! -e "$tmp/d" ]
}

t_cwd() {
	mkdir "$tmp/wd" && cd "$tmp/wd" && [ "$(pwd)" = "$tmp/wd" ] &&
	touch one.txt two.txt three.log &&
	[ "$(echo *.txt)" = "one.txt two.txt" ] && cd .. &&
	[ "$(pwd)" = "$tmp" ]
}

t_text_tools() {
	printf 'k1 10\nk2 20\nk3 30\n' > "$tmp/t"
	[ "$(awk '{ s += $2 } END { print s }' "$tmp/t")" -eq 60 ] &&
	[ "$(sed -n 's/^k2 //p' "$tmp/t")" = 20 ] &&
	[ "$(cut -d' ' -f1 "$tmp/t" | tr -d '\n')" = k1k2k3 ] &&
	[ "$(grep -c k "$tmp/t")" -eq 3 ] &&
	[ "$(echo hello | md5sum | cut -c1-8)" = b1946ac9 ]
}

t_exec_builtin() {
	[ "$(sh -c 'exec echo replaced; echo not reached')" = replaced ]
}

# /dev/fd/N, /dev/stdin and /dev/stdout name what the descriptors hold;
# bash's <(...) hands such names to the commands it runs.
t_dev_fd() {
	echo via-fd > "$tmp/d"
	[ "$(cat /dev/fd/3 3< "$tmp/d")" = via-fd ] &&
	[ "$(echo piped | cat /dev/stdin)" = piped ] &&
	[ "$( (echo out > /dev/stdout) 2>/dev/null)" = out ] &&
	[ "$( (echo err > /dev/stderr) 2>&1 >/dev/null)" = err ] &&
	[ "$(bash -c 'cat <(echo one) <(echo two)' | tr -d '\n')" = onetwo ] &&
	bash -c 'diff <(seq 1 50) <(seq 1 50) >/dev/null'
}

cases="pipeline pipeline_status large_pipe redirect_out redirect_append
redirect_in redirect_stderr redirect_fd heredoc loops functions exit_codes
command_substitution test_builtin arithmetic_case subshell background_wait
kill_background trap environment files cwd text_tools exec_builtin dev_fd"

echo "KTAP version 1"
set -- $cases
echo "1..$#"
n=0
failed=0
for c in $cases; do
	n=$((n + 1))
	if (cd "$tmp" && "t_$c") > "$tmp/.out" 2>&1; then
		echo "ok $n ${KTAP_SUITE:-shell}.$c"
	else
		sed 's/^/# /' "$tmp/.out"
		echo "not ok $n ${KTAP_SUITE:-shell}.$c"
		failed=$((failed + 1))
	fi
done
[ $failed -eq 0 ]
