/**
 * The pause switch, remembered across service-worker restarts (which happen every few idle seconds). It lives in a
 * one-row IndexedDB database of the extension's own origin: no "storage" permission, and nothing of the person's
 * chats in it.
 */
export interface PauseStore {
  get(): Promise<boolean>;
  set(paused: boolean): Promise<void>;
}

const STORE = 'flags';
const KEY = 'paused';

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = body(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function indexedDbPauseStore(factory: IDBFactory = indexedDB, name = 'parley-settings'): PauseStore {
  let cached: boolean | undefined;
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (db ??= open(factory, name));
  return {
    async get() {
      if (cached !== undefined) return cached;
      const value = await run(await database(), 'readonly', (store) => store.get(KEY) as IDBRequest<unknown>);
      cached = value === true;
      return cached;
    },
    async set(paused) {
      await run(await database(), 'readwrite', (store) => store.put(paused, KEY));
      cached = paused;
    },
  };
}

export function memoryPauseStore(initial = false): PauseStore {
  let paused = initial;
  return {
    get: async () => paused,
    set: async (value) => {
      paused = value;
    },
  };
}
