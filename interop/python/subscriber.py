"""wxgate from Python over gRPC: receive the events WeChat pushes (CI runs this file)."""
import os
import sys
import time

import grpc

from wxgate.events.v1 import events_pb2, events_pb2_grpc
from wxgate.store.v1 import store_pb2


def handle(event):
    # Delivery is at least once: an event not acknowledged in time (or whose
    # acknowledgement was lost) comes again, with the same event.id. Handle events
    # idempotently by event.id, e.g. skip ids already in your database.
    kind = event.WhichOneof("payload")  # add_store_audit, user_get_card …, or unknown
    if kind == "add_store_audit":
        audit = event.add_store_audit
        print(event.id, kind, audit.audit_id, store_pb2.StoreStatus.Name(audit.status))
    else:
        print(event.id, kind)


def main(target, key, group, event_types=(), stop_after=None):
    # The caller's key. The events are those of the call's account (x-wxgate-account,
    # or the gateway's default); SubscribeRequest.account may name another.
    metadata = [("authorization", "Bearer " + key)]
    handled = []
    with grpc.insecure_channel(target) as channel:
        events = events_pb2_grpc.EventServiceStub(channel)
        # A consumer group (group, account, event types) receives each event once;
        # its subscribers share them out. No timeout: the stream stays open.
        stream = events.Subscribe(
            events_pb2.SubscribeRequest(group=group, event_types=event_types), metadata=metadata)
        for response in stream:
            handle(response.event)
            # Acknowledged, it is not handed out again (else after the visibility timeout).
            events.AckEvents(events_pb2.AckEventsRequest(group=group, ids=[response.event.id]),
                             metadata=metadata, timeout=10)
            handled.append(response)
            if stop_after is not None and len(handled) >= stop_after:
                stream.cancel()  # ends the stream: the gateway keeps the group's place
                break
    return handled


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:9090"
    while True:
        try:
            main(target, os.environ["WXGATE_KEY"], "example-subscriber")
        except grpc.RpcError as err:
            # UNAVAILABLE: the gateway restarted or is shutting down; subscribe again,
            # nothing is lost (unacknowledged events are handed out again).
            if err.code() != grpc.StatusCode.UNAVAILABLE:
                raise
            time.sleep(1)
