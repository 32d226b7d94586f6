#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Owns the bus names given as arguments (default: org.freedesktop.secrets; also e.g.
org.kde.kwalletd5) on the session bus and never answers a call: a Secret Service, or a KWallet,
that hangs. tst_keychain_silentservice and tst_keychain_blockingbackend run the keychain
against it."""
import sys

import dbus
import dbus.lowlevel
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()


def swallow(connection, message):
    # Every method call to us is taken and left unanswered; the bus's own traffic passes.
    if isinstance(message, dbus.lowlevel.MethodCallMessage) and \
            message.get_interface() != "org.freedesktop.DBus.Local":
        return dbus.lowlevel.HANDLER_RESULT_HANDLED
    return dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED


bus.add_message_filter(swallow)
names = [dbus.service.BusName(name, bus, do_not_queue=True)
         for name in (sys.argv[1:] or ["org.freedesktop.secrets"])]
print("silent secret service ready", flush=True)
GLib.MainLoop().run()
