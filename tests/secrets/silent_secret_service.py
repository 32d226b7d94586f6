#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Owns org.freedesktop.secrets (and any further bus names given as arguments, such as
org.kde.kwalletd5) on the session bus and never answers a call: a Secret Service, or a KWallet,
that hangs. tst_keychain_silentservice runs the keychain against it."""
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
         for name in ["org.freedesktop.secrets"] + sys.argv[1:]]
print("silent secret service ready", flush=True)
GLib.MainLoop().run()
