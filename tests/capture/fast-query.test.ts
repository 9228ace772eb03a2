// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fastQueryAll, selectorKey } from '../../lib/capture/dom/fast-query';

describe('selectorKey', () => {
  it.each([
    ['#lpChat', { kind: 'id', value: 'lpChat' }],
    ['.cx-widget.cx-webchat', { kind: 'class', value: 'cx-widget' }],
    ['iframe[title="Messaging window"]', { kind: 'tag', value: 'iframe' }],
    ['#nuanMessagingFrame iframe', { kind: 'tag', value: 'iframe' }],
    ['#fc_frame:not(.fc-widget-small)', { kind: 'id', value: 'fc_frame' }],
    ['[id^="LPMcontainer"]', { kind: 'any' }],
    ['div > .em-widget-left', { kind: 'class', value: 'em-widget-left' }],
  ])('%s', (selector, key) => {
    expect(selectorKey(selector)).toEqual(key);
  });
});

describe('fastQueryAll', () => {
  it('finds what querySelectorAll finds, in document order', () => {
    document.body.innerHTML = `<div id="a" class="x"><iframe title="Messaging window"></iframe></div><span class="y z"></span>
      <div id="LPMcontainer-1"></div><div id="fc_frame" class="fc-widget-small"></div><p class="x"></p>`;
    const list = '.x, iframe[title="Messaging window"], .y.z, [id^="LPMcontainer"], #fc_frame:not(.fc-widget-small), #a iframe, #missing';
    expect(fastQueryAll(document, list)).toEqual(Array.from(document.querySelectorAll(list)));
  });
});

describe('fastQueryAll below an element', () => {
  it('finds what the element\'s querySelectorAll finds, in document order, the element itself left out', () => {
    document.body.innerHTML = `<div id="scope" class="x"><textarea></textarea><p contenteditable="true" class="x"></p><input>
      <span role="textbox" id="inner"></span><input type="search"><div contenteditable="false"></div></div><textarea></textarea><p class="x"></p>`;
    const scope = document.getElementById('scope')!;
    const list = 'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [role="textbox"], .x, #inner';
    expect(fastQueryAll(scope, list)).toEqual(Array.from(scope.querySelectorAll(list)));
    expect(fastQueryAll(document, list)).toEqual(Array.from(document.querySelectorAll(list)));
  });
});
