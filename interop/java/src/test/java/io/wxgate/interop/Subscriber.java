package io.wxgate.interop;

import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.wxgate.events.v1.AckEventsRequest;
import io.wxgate.events.v1.Event;
import io.wxgate.events.v1.EventServiceGrpc;
import io.wxgate.events.v1.SubscribeRequest;
import io.wxgate.events.v1.SubscribeResponse;
import io.wxgate.store.v1.AddStoreAuditEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** wxgate from Java over gRPC: receive the events WeChat pushes (CI runs this class). */
public final class Subscriber {
  private Subscriber() {}

  static void handle(Event event) {
    // Delivery is at least once: an event not acknowledged in time (or whose
    // acknowledgement was lost) comes again, with the same event.getId(). Handle events
    // idempotently by id, e.g. skip ids already in your database.
    switch (event.getPayloadCase()) {
      case ADD_STORE_AUDIT -> {
        AddStoreAuditEvent audit = event.getAddStoreAudit();
        System.out.println(event.getId() + " " + event.getPayloadCase() + " "
            + audit.getAuditId() + " " + audit.getStatus());
      }
      default -> System.out.println(event.getId() + " " + event.getPayloadCase());
    }
  }

  /**
   * Subscribes as a member of the consumer group, handles and acknowledges each event,
   * and returns the events handled after stopAfter of them (0: never stops).
   */
  public static List<SubscribeResponse> subscribe(String target, String key, String group,
      List<String> eventTypes, int stopAfter) throws InterruptedException {
    ManagedChannel channel = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create()).build();
    // The stream lives in this context: cancelling it ends the stream.
    Context.CancellableContext stream = Context.current().withCancellation();
    List<SubscribeResponse> handled = new ArrayList<>();
    try {
      // The caller's key. The events are those of the call's account (x-wxgate-account,
      // or the gateway's default); SubscribeRequest's account may name another.
      Metadata headers = new Metadata();
      headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + key);
      EventServiceGrpc.EventServiceBlockingStub events = EventServiceGrpc.newBlockingStub(channel)
          .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

      Context previous = stream.attach();
      try {
        // A consumer group (group, account, event types) receives each event once; its
        // subscribers share them out. No deadline: the stream stays open.
        Iterator<SubscribeResponse> responses = events.subscribe(SubscribeRequest.newBuilder()
            .setGroup(group).addAllEventTypes(eventTypes).build());
        while (responses.hasNext()) {
          SubscribeResponse response = responses.next();
          handle(response.getEvent());
          // Acknowledged, it is not handed out again (else after the visibility timeout).
          events.withDeadlineAfter(10, TimeUnit.SECONDS).ackEvents(AckEventsRequest.newBuilder()
              .setGroup(group).addIds(response.getEvent().getId()).build());
          handled.add(response);
          if (stopAfter > 0 && handled.size() >= stopAfter) {
            break;
          }
        }
      } finally {
        stream.detach(previous);
      }
    } finally {
      stream.cancel(null); // ends the stream: the gateway keeps the group's place
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    return handled;
  }

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "127.0.0.1:9090";
    String key = args.length > 1 ? args[1] : System.getenv("WXGATE_KEY");
    while (true) {
      try {
        subscribe(target, key, "example-subscriber", List.of(), 0);
      } catch (StatusRuntimeException e) {
        // UNAVAILABLE: the gateway restarted or is shutting down; subscribe again,
        // nothing is lost (unacknowledged events are handed out again).
        if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }
}
