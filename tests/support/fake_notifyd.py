#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fake org.freedesktop.Notifications server: appends every Notify call to a JSON-lines log
(argument 1) so tests can assert what the user would have seen. Each record carries the
sender's pid: one server and one log serve every test of a ctest run, in parallel, so a test
counts only the notifications its own process sent. Tests press a notification's button through
io.github.tokendesk.TestNotifyd.InvokeAction(id, key), which emits the real ActionInvoked signal
(what a desktop does when the user clicks it) and then NotificationClosed."""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"
TEST_IFACE = "io.github.tokendesk.TestNotifyd"
LOG = sys.argv[1] if len(sys.argv) > 1 else "/dev/stdout"


def plain(value):
    if isinstance(value, (dbus.Byte, dbus.Int16, dbus.Int32, dbus.Int64, dbus.UInt16,
                          dbus.UInt32, dbus.UInt64)):
        return int(value)
    if isinstance(value, dbus.Boolean):
        return bool(value)
    return str(value)


class Notifyd(dbus.service.Object):
    def __init__(self, bus):
        self.next_id = 1
        # do_not_queue: fail loudly rather than wait behind dunst or another daemon.
        self.bus_name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
        self.bus_daemon = dbus.Interface(bus.get_object("org.freedesktop.DBus",
                                                        "/org/freedesktop/DBus"),
                                         "org.freedesktop.DBus")
        super().__init__(bus, "/org/freedesktop/Notifications")

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u",
                         sender_keyword="sender")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout,
               sender=None):
        nid = self.next_id
        self.next_id += 1
        record = {"id": nid, "pid": self.pid_of(sender), "app_name": str(app_name),
                  "replaces_id": int(replaces_id),
                  "app_icon": str(app_icon), "summary": str(summary), "body": str(body),
                  "actions": [str(a) for a in actions],
                  "hints": {str(k): plain(v) for k, v in hints.items()
                            if not isinstance(v, (dbus.Struct, dbus.Array))},
                  "expire_timeout": int(timeout)}
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
        return dbus.UInt32(nid)

    def pid_of(self, sender):
        try:
            return int(self.bus_daemon.GetConnectionUnixProcessID(sender))
        except dbus.DBusException:
            return -1  # the sender left the bus already; still logged, owned by no test

    @dbus.service.method(IFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["body", "actions", "icon-static"]

    @dbus.service.method(IFACE, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("fake-notifyd", "tokendesk-tests", "0.1", "1.2")

    @dbus.service.method(IFACE, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        self.NotificationClosed(nid, 3)

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, nid, key):
        pass

    @dbus.service.method(TEST_IFACE, in_signature="us", out_signature="")
    def InvokeAction(self, nid, key):
        self.ActionInvoked(nid, key)
        self.NotificationClosed(nid, 2)  # 2 = dismissed by the user


DBusGMainLoop(set_as_default=True)
server = Notifyd(dbus.SessionBus())
print("notifyd ready", flush=True)
GLib.MainLoop().run()
