// React ships no types of its own (they are @types/react, which the project does not need): the
// framework tests use it untyped. 'afterword' is this package itself, by its npm name.
declare module 'react';
declare module 'react-dom';
declare module 'react-dom/client';
declare module 'react-dom/server';
declare module 'afterword';
