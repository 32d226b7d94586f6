#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command in a pseudo-terminal and answers its prompts.

usage: npm_pty.py [--answer REGEX TEXT]... [--timeout S] -- command args...

Each time the output matches the next REGEX (Python syntax, searched in everything printed
since the previous answer), TEXT and a newline are typed. Everything the command printed is
copied to stdout; the exit status is the command's (124 on timeout).
"""
import os
import pty
import re
import select
import sys
import time


def main():
    args = sys.argv[1:]
    answers = []
    timeout = 60.0
    while args and args[0] != "--":
        if args[0] == "--answer":
            answers.append((re.compile(args[1]), args[2]))
            args = args[3:]
        elif args[0] == "--timeout":
            timeout = float(args[1])
            args = args[2:]
        else:
            sys.exit("unknown option " + args[0])
    command = args[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    deadline = time.time() + timeout
    status = None
    while True:
        if time.time() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.stdout.write(seen.decode(errors="replace"))
            sys.exit(124)
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            seen += chunk
            sys.stdout.write(chunk.decode(errors="replace"))
            sys.stdout.flush()
        if answers:
            text = seen.decode(errors="replace")
            if answers[0][0].search(text):
                os.write(fd, answers[0][1].encode() + b"\r")
                seen = b""
                answers.pop(0)
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            status = wait_status
            # The pty may still hold what the command wrote just before it ended: read it all
            # (breaking at the first quiet select cut long outputs short under load).
            while True:
                more, _, _ = select.select([fd], [], [], 0.5)
                if not more:
                    break
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                sys.stdout.write(chunk.decode(errors="replace"))
            sys.stdout.flush()
            break
    if status is None:
        _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8)


if __name__ == "__main__":
    main()
