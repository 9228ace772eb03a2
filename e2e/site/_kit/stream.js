/* For negative fixtures that are not chats: appends items into a list over time (FAQ answers, comments, search
   results, announcements), then marks itself done, so the page changes the way a live page does. */
(function () {
  'use strict';
  window.fixtureChat = { done: false };
  window.FixtureStream = function (list, items, make, delay) {
    var i = 0;
    function next() {
      if (i >= items.length) { window.fixtureChat.done = true; return; }
      list.appendChild(make(items[i++]));
      setTimeout(next, delay || 90);
    }
    setTimeout(next, 200);
  };
})();
